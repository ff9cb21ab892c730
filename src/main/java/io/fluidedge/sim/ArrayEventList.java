package io.fluidedge.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The simulator's event list: an array kept sorted while few events are pending, SSJ's
 * {@link BinaryTree} while many are.
 *
 * <p>Order: time, then priority, then the order scheduled ({@link Event#compareTo} and, among
 * equals, first scheduled first), as in SSJ's lists; cancelling an event does not change the order
 * of the others. Most runs have a handful of events pending (a user's next arrival, its uplink
 * completion, its inference completion, the next block), where an insertion that scans back from
 * the latest event and shifts the few after it costs less than a tree's descent and node. Above
 * {@value #TREE_ABOVE} pending events the list moves them, in order, into a binary tree, and back
 * into the array once fewer than {@value #ARRAY_BELOW} are left.
 */
final class ArrayEventList implements EventList {

  /** Pending events above which the tree takes over. */
  static final int TREE_ABOVE = 64;
  /** Pending events below which the array takes over again. */
  static final int ARRAY_BELOW = 16;

  private final int treeAbove;
  private final int arrayBelow;
  /** Pending events in order at [head, tail) while {@link #tree} is null. */
  private Event[] items = new Event[16];
  private int head;
  private int tail;
  private BinaryTree tree;
  private int treeSize;
  private int moves;

  ArrayEventList() {
    this(TREE_ABOVE, ARRAY_BELOW);
  }

  /** With other thresholds (tests: to move between the two often). */
  ArrayEventList(int treeAbove, int arrayBelow) {
    if (arrayBelow < 1 || arrayBelow > treeAbove) {
      throw new IllegalArgumentException("need 1 <= arrayBelow <= treeAbove: " + arrayBelow
          + ", " + treeAbove);
    }
    this.treeAbove = treeAbove;
    this.arrayBelow = arrayBelow;
  }

  /** How many times the events moved between the array and the tree (tests). */
  int moves() {
    return moves;
  }

  @Override
  public boolean isEmpty() {
    return tree != null ? treeSize == 0 : head == tail;
  }

  @Override
  public void clear() {
    tree = null;
    treeSize = 0;
    Arrays.fill(items, null);
    head = 0;
    tail = 0;
  }

  @Override
  public void add(Event ev) {
    if (tree == null && tail - head >= treeAbove) {
      toTree();
    }
    if (tree != null) {
      tree.add(ev);
      treeSize++;
      return;
    }
    if (tail == items.length) {
      makeRoom();
    }
    int i = tail;
    while (i > head && ev.compareTo(items[i - 1]) < 0) {
      items[i] = items[i - 1];
      i--;
    }
    items[i] = ev;
    tail++;
  }

  @Override
  public void addFirst(Event ev) {
    if (tree != null) {
      tree.addFirst(ev);
      treeSize++;
      return;
    }
    insertAt(head, ev);
  }

  @Override
  public void addBefore(Event ev, Event other) {
    if (tree != null) {
      tree.addBefore(ev, other);
      treeSize++;
      return;
    }
    insertAt(indexOf(other), ev);
  }

  @Override
  public void addAfter(Event ev, Event other) {
    if (tree != null) {
      tree.addAfter(ev, other);
      treeSize++;
      return;
    }
    insertAt(indexOf(other) + 1, ev);
  }

  @Override
  public Event getFirst() {
    if (tree != null) {
      return tree.getFirst();
    }
    return head < tail ? items[head] : null;
  }

  @Override
  public Event getFirstOfClass(String cl) {
    for (Event e : this) {
      if (e.getClass().getName().equals(cl)) {
        return e;
      }
    }
    return null;
  }

  @Override
  public <E extends Event> E getFirstOfClass(Class<E> cl) {
    for (Event e : this) {
      if (e.getClass() == cl) {
        return cl.cast(e);
      }
    }
    return null;
  }

  /** A read-only iterator over the pending events in order. */
  @Override
  public ListIterator<Event> listIterator() {
    if (tree != null) {
      List<Event> all = new ArrayList<>(treeSize);
      tree.forEach(all::add);
      return Collections.unmodifiableList(all).listIterator();
    }
    return Collections.unmodifiableList(Arrays.asList(items).subList(head, tail)).listIterator();
  }

  @Override
  public Iterator<Event> iterator() {
    return listIterator();
  }

  @Override
  public boolean remove(Event ev) {
    if (tree != null) {
      boolean removed = tree.remove(ev);
      if (removed) {
        treeSize--;
        if (treeSize < arrayBelow) {
          toArray();
        }
      }
      return removed;
    }
    for (int i = tail - 1; i >= head; i--) {
      if (items[i] == ev) {
        System.arraycopy(items, i + 1, items, i, tail - i - 1);
        items[--tail] = null;
        if (head == tail) {
          head = 0;
          tail = 0;
        }
        return true;
      }
    }
    return false;
  }

  @Override
  public Event removeFirst() {
    if (tree != null) {
      Event first = tree.removeFirst();
      if (first != null) {
        treeSize--;
        if (treeSize < arrayBelow) {
          toArray();
        }
      }
      return first;
    }
    if (head == tail) {
      return null;
    }
    Event first = items[head];
    items[head++] = null;
    if (head == tail) {
      head = 0;
      tail = 0;
    }
    return first;
  }

  /** Inserts ev at index i of the array (the events from i on move one place on). */
  private void insertAt(int i, Event ev) {
    if (i == head && head > 0) {
      items[--head] = ev;
      return;
    }
    if (tail == items.length) {
      int shift = head;
      makeRoom();
      i -= shift - head;
    }
    System.arraycopy(items, i, items, i + 1, tail - i);
    items[i] = ev;
    tail++;
  }

  private int indexOf(Event ev) {
    for (int i = head; i < tail; i++) {
      if (items[i] == ev) {
        return i;
      }
    }
    throw new IllegalArgumentException("Event not in list.");
  }

  /** Room for one more at the end: the events moved to the front, or a larger array. */
  private void makeRoom() {
    int n = tail - head;
    if (n < items.length / 2) {
      System.arraycopy(items, head, items, 0, n);
      Arrays.fill(items, n, tail, null);
    } else {
      Event[] larger = new Event[2 * items.length];
      System.arraycopy(items, head, larger, 0, n);
      items = larger;
    }
    head = 0;
    tail = n;
  }

  /** Moves the pending events, in order, into a new tree. */
  private void toTree() {
    BinaryTree t = new BinaryTree();
    for (int i = head; i < tail; i++) {
      t.add(items[i]); // in order: an equal event goes after those added before it
      items[i] = null;
    }
    treeSize = tail - head;
    head = 0;
    tail = 0;
    tree = t;
    moves++;
  }

  /** Moves the pending events, in order, from the tree back into the array. */
  private void toArray() {
    BinaryTree t = tree;
    tree = null;
    if (items.length < treeSize) {
      items = new Event[Integer.highestOneBit(treeSize) * 2];
    }
    head = 0;
    tail = 0;
    for (Event e = t.removeFirst(); e != null; e = t.removeFirst()) {
      items[tail++] = e;
    }
    treeSize = 0;
    moves++;
  }
}
