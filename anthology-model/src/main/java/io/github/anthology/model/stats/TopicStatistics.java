package io.github.anthology.model.stats;

import java.util.OptionalInt;

/**
 * One topic's share of a registry: the recommendations whose primary topic it is, and the years of
 * their papers (empty when none of them has a year).
 */
public record TopicStatistics(String name, int count, OptionalInt earliest, OptionalInt latest) {}
