package dev.showrunner.screenplay.fountain;

/**
 * Counts the reader's steps: characters examined by its loops and by its searches for closing
 * marks. Tests use it to show that the work is linear in the input whatever the input is
 * (tests compare steps, never time); the reader runs without one.
 */
final class Meter {
    long steps;

    void add(long n) {
        steps += n;
    }
}
