package ma.tadamon.registry;

import java.util.UUID;

/** An actor became dormant, went into liquidation, was dissolved, or became active again. */
public record ActorStatusChanged(UUID actorId, ActorStatus from, ActorStatus to, long communeId, String valueChain) {}
