package io.github.anthology.render.view;

import java.util.OptionalInt;

/** How many recommendations a topic holds and the years of their papers. */
public record TopicStats(String topic, int count, OptionalInt firstYear, OptionalInt lastYear) {}
