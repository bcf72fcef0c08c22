package io.github.anthology.rules.builtin.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cycles of a directed graph, as its strongly connected components that hold a cycle (more
 * than one node, or a node with an edge to itself). Tarjan's algorithm, iterative so that long
 * chains cannot overflow the stack; linear in nodes plus edges.
 */
final class Cycles {
  private final Map<String, List<String>> edges;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Map<String, Boolean> onStack = new HashMap<>();
  private final List<List<String>> cycles = new ArrayList<>();

  private Cycles(Map<String, List<String>> edges) {
    this.edges = edges;
  }

  /** Components in the order their first node was reached; nodes in each in stack order. */
  static List<List<String>> of(Map<String, List<String>> edges) {
    Cycles c = new Cycles(edges);
    for (String node : edges.keySet()) {
      if (!c.index.containsKey(node)) {
        c.visit(node);
      }
    }
    return c.cycles;
  }

  private void visit(String root) {
    Deque<Object[]> work = new ArrayDeque<>();
    enter(root);
    work.push(new Object[] {root, 0});
    while (!work.isEmpty()) {
      Object[] frame = work.peek();
      String node = (String) frame[0];
      int next = (Integer) frame[1];
      List<String> out = edges.getOrDefault(node, List.of());
      if (next < out.size()) {
        frame[1] = next + 1;
        String target = out.get(next);
        if (!index.containsKey(target)) {
          enter(target);
          work.push(new Object[] {target, 0});
        } else if (onStack.getOrDefault(target, false)) {
          low.put(node, Math.min(low.get(node), index.get(target)));
        }
        continue;
      }
      work.pop();
      if (!work.isEmpty()) {
        String parent = (String) work.peek()[0];
        low.put(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node).equals(index.get(node))) {
        List<String> component = new ArrayList<>();
        String member;
        do {
          member = stack.pop();
          onStack.put(member, false);
          component.add(0, member);
        } while (!member.equals(node));
        if (component.size() > 1 || out.contains(node)) {
          cycles.add(component);
        }
      }
    }
  }

  private void enter(String node) {
    index.put(node, index.size());
    low.put(node, index.get(node));
    stack.push(node);
    onStack.put(node, true);
  }
}
