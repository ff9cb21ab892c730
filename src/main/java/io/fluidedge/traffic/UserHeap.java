package io.fluidedge.traffic;

/**
 * Binary min-heap of user indices keyed by each user's next arrival time; merges K per-user
 * streams into one time-ordered stream in O(log K) per request. Ties break on the lower user
 * index, so the merge order is a function of the times alone. Not thread-safe.
 */
final class UserHeap {

  private final int[] heap;
  private final double[] key;

  /** @param keys each user's first arrival time, s (copied) */
  UserHeap(double[] keys) {
    key = keys.clone();
    heap = new int[keys.length];
    for (int i = 0; i < heap.length; i++) {
      heap[i] = i;
    }
    for (int i = heap.length / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  /** The user with the earliest next arrival. */
  int top() {
    return heap[0];
  }

  /** The earliest next arrival time, s. */
  double topKey() {
    return key[heap[0]];
  }

  /** Gives the top user its following arrival time, s, and restores the heap order. */
  void replaceTopKey(double next) {
    key[heap[0]] = next;
    siftDown(0);
  }

  private boolean less(int a, int b) {
    return key[a] < key[b] || (key[a] == key[b] && a < b);
  }

  private void siftDown(int i) {
    int n = heap.length;
    int u = heap[i];
    while (true) {
      int c = 2 * i + 1;
      if (c >= n) {
        break;
      }
      if (c + 1 < n && less(heap[c + 1], heap[c])) {
        c++;
      }
      if (!less(heap[c], u)) {
        break;
      }
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = u;
  }
}
