package dev.showrunner.screenplay.revision;

/*
 * Myers' O(ND) difference algorithm in linear space.
 *
 * E. W. Myers, "An O(ND) Difference Algorithm and Its Variations", Algorithmica 1 (1986),
 * section 4b. The edit graph of a (width N) and b (height M) is searched from both corners at
 * once; where the forward and the backward D-paths first overlap lies the "middle snake" of an
 * optimal path. The problem splits there into a box before the snake, the snake itself (at most
 * one edit and a diagonal) and a box after it, each solved the same way. Space is O(N + M);
 * time O((N + M) D), with the common prefix and suffix of every box trimmed first, which is
 * what makes near-identical drafts (the usual case) cost close to a linear scan.
 *
 * The recursion depth is O(log D): each middle snake lies half-way along an optimal path.
 *
 * Bounded work: when the middle snake of a box is not found within COST_LIMIT steps from each
 * corner (the box needs more than about 2 x COST_LIMIT edits), the box is split at the point
 * either search reached furthest, as GNU diff and libxdiff do (their "too expensive" heuristic).
 * Each such split costs O(COST_LIMIT^2) steps and advances at least COST_LIMIT along the box, so
 * two unrelated texts cost O((N + M) COST_LIMIT), not O((N + M)^2); the script is still a
 * correct edit script, only no longer the shortest for such boxes. Below the limit (every
 * ordinary revision) it stays minimal.
 */

/** Computes which symbols of two int sequences a shortest edit script deletes and inserts. */
final class Myers {

    private final int[] a;
    private final int[] b;
    private final boolean[] deleted;
    private final boolean[] inserted;
    private int[] forward;
    private int[] backward;
    /** Steps taken (diagonal moves and snake slides): what the cost bound is tested on. */
    private long work;

    /** Past this many steps from each corner, a box is split where the searches reached furthest. */
    static final int COST_LIMIT = 256;

    private Myers(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        this.deleted = new boolean[a.length];
        this.inserted = new boolean[b.length];
    }

    /**
     * Marks a shortest edit script from {@code a} to {@code b}.
     *
     * @return two flag arrays: {@code [0][i]} is true when {@code a[i]} is deleted,
     *     {@code [1][j]} when {@code b[j]} is inserted; every unflagged symbol is matched, in order
     */
    static boolean[][] diff(int[] a, int[] b) {
        return run(a, b).flags();
    }

    /** The steps {@link #diff} takes on {@code a} and {@code b}. */
    static long work(int[] a, int[] b) {
        return run(a, b).work;
    }

    private static Myers run(int[] a, int[] b) {
        Myers myers = new Myers(a, b);
        int size = a.length + b.length + 5;
        myers.forward = new int[size];
        myers.backward = new int[size];
        myers.compare(0, a.length, 0, b.length);
        return myers;
    }

    private boolean[][] flags() {
        return new boolean[][] {deleted, inserted};
    }

    private void compare(int left, int right, int top, int bottom) {
        while (left < right && top < bottom && a[left] == b[top]) {
            left++;
            top++;
        }
        while (right > left && bottom > top && a[right - 1] == b[bottom - 1]) {
            right--;
            bottom--;
        }
        if (left == right) {
            for (int y = top; y < bottom; y++) {
                inserted[y] = true;
            }
            return;
        }
        if (top == bottom) {
            for (int x = left; x < right; x++) {
                deleted[x] = true;
            }
            return;
        }
        middleSnake(left, right, top, bottom);
        // Copied out: the recursive calls overwrite the snake fields.
        int startX = snakeStartX;
        int startY = snakeStartY;
        int endX = snakeEndX;
        int endY = snakeEndY;
        compare(left, startX, top, startY);
        compare(startX, endX, startY, endY);
        compare(endX, right, endY, bottom);
    }

    private int snakeStartX;
    private int snakeStartY;
    private int snakeEndX;
    private int snakeEndY;

    /**
     * Finds the middle snake of the box and leaves its start and end in the snake fields. The box holds at least one edit on each side of nothing: both sides are
     * non-empty and their ends differ, so D is at least 2 and every part the caller recurses on
     * is strictly smaller.
     */
    private void middleSnake(int left, int right, int top, int bottom) {
        int width = right - left;
        int height = bottom - top;
        int delta = width - height;
        boolean odd = (delta & 1) != 0;
        int max = (width + height + 1) / 2;
        int offset = max + 1;
        int[] vf = forward;
        int[] vb = backward;
        vf[offset + 1] = left;
        vb[offset + 1] = bottom;
        for (int d = 0; d <= max; d++) {
            // Forward: vf[k] is the furthest x reached on diagonal k = (x - left) - (y - top).
            for (int k = d; k >= -d; k -= 2) {
                int c = k - delta;
                int px;
                int x;
                if (k == -d || (k != d && vf[offset + k + 1] > vf[offset + k - 1])) {
                    px = x = vf[offset + k + 1];
                } else {
                    px = vf[offset + k - 1];
                    x = px + 1;
                }
                int y = top + (x - left) - k;
                int py = (d == 0 || x != px) ? y : y - 1;
                while (x < right && y < bottom && a[x] == b[y]) {
                    x++;
                    y++;
                    work++;
                }
                work++;
                vf[offset + k] = x;
                if (odd && c >= -(d - 1) && c <= d - 1 && y >= vb[offset + c]) {
                    set(px, py, x, y);
                    return;
                }
            }
            // Backward: vb[c] is the smallest y reached on diagonal c = k - delta.
            for (int c = d; c >= -d; c -= 2) {
                int k = c + delta;
                int py;
                int y;
                // A step left keeps y (from diagonal c + 1); a step up lowers it (from c - 1).
                if (c == -d || (c != d && vb[offset + c - 1] > vb[offset + c + 1])) {
                    py = y = vb[offset + c + 1];
                } else {
                    py = vb[offset + c - 1];
                    y = py - 1;
                }
                int x = left + (y - top) + k;
                int px = (d == 0 || y != py) ? x : x + 1;
                while (x > left && y > top && a[x - 1] == b[y - 1]) {
                    x--;
                    y--;
                    work++;
                }
                work++;
                vb[offset + c] = y;
                if (!odd && k >= -d && k <= d && x <= vf[offset + k]) {
                    set(x, y, px, py);
                    return;
                }
            }
            if (d == COST_LIMIT) {
                splitFurthest(left, right, top, bottom, d, delta, offset);
                return;
            }
        }
        throw new IllegalStateException("no middle snake: the algorithm's invariant is broken");
    }

    /**
     * Leaves an empty snake at the point, of those both searches reached after {@code d} steps,
     * that lies furthest from the corner it was searched from. It lies inside the box and off both
     * corners (d is at least 1), so both parts the caller recurses on are smaller.
     */
    private void splitFurthest(int left, int right, int top, int bottom, int d, int delta, int offset) {
        int bestX = -1;
        int bestY = -1;
        long best = -1;
        for (int k = d; k >= -d; k -= 2) {
            int x = Math.min(forward[offset + k], right);
            int y = top + (x - left) - k;
            if (y >= top && y <= bottom && x >= left && (long) (x - left) + (y - top) > best) {
                best = (long) (x - left) + (y - top);
                bestX = x;
                bestY = y;
            }
        }
        for (int c = d; c >= -d; c -= 2) {
            int y = Math.max(backward[offset + c], top);
            int x = left + (y - top) + c + delta;
            if (x >= left && x <= right && y <= bottom && (long) (right - x) + (bottom - y) > best) {
                best = (long) (right - x) + (bottom - y);
                bestX = x;
                bestY = y;
            }
        }
        if (bestX < 0 || (bestX == left && bestY == top) || (bestX == right && bestY == bottom)) {
            throw new IllegalStateException("no split point: the algorithm's invariant is broken");
        }
        set(bestX, bestY, bestX, bestY);
    }

    private void set(int x1, int y1, int x2, int y2) {
        snakeStartX = x1;
        snakeStartY = y1;
        snakeEndX = x2;
        snakeEndY = y2;
    }
}
