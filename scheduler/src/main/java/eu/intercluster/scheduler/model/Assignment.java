package eu.intercluster.scheduler.model;

/** Meeting {@code meeting} takes place in {@code slot} at {@code table} (all 1-based). */
public record Assignment(int meeting, int slot, int table) {}
