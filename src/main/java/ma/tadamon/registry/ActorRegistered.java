package ma.tadamon.registry;

import java.util.UUID;

/** A new actor in the registry, with what the observatory aggregates. */
public record ActorRegistered(UUID actorId, ActorType type, String valueChain, long communeId, ActorStatus status) {}
