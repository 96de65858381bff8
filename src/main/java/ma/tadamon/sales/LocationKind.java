package ma.tadamon.sales;

/** An actor's own premises, a store, or a fair stall; each kind sells through one channel. */
public enum LocationKind {
    ACTOR(Channel.DIRECT),
    STORE(Channel.STORE),
    STALL(Channel.FAIR);

    private final Channel channel;

    LocationKind(Channel channel) {
        this.channel = channel;
    }

    public Channel channel() {
        return channel;
    }
}
