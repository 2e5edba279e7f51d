package io.pdgitops.schedule;

/** A half-open range {@code [start, end)} of epoch seconds. */
record Interval(long start, long end) {

    boolean contains(long instant) {
        return start <= instant && instant < end;
    }
}
