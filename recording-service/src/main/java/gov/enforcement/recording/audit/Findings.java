package gov.enforcement.recording.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects findings; a badly damaged log lists the first {@link #LIMIT} and counts the rest. */
final class Findings {

    static final int LIMIT = 1000;

    private final List<Finding> listed = new ArrayList<>();
    private int unlisted;

    void add(Finding finding) {
        if (listed.size() < LIMIT) {
            listed.add(finding);
        } else {
            unlisted++;
        }
    }

    boolean isEmpty() {
        return listed.isEmpty() && unlisted == 0;
    }

    int unlisted() {
        return unlisted;
    }

    /** Leaf by leaf, then the tree-wide ones. */
    List<Finding> sorted() {
        return listed.stream().sorted(Comparator.comparing(Finding::leafIndex, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(f -> f.treeSize() == null ? Long.MAX_VALUE : f.treeSize())).toList();
    }
}
