package gov.enforcement.review.reviews;

import gov.enforcement.platform.problem.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** L-ITEMS: an opinion records each of the seven checks exactly once, a failed one with a comment; pure. */
public final class Checklist {

    private Checklist() {
    }

    public static List<Problem.FieldError> errors(List<ItemResult> items) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (items == null) {
            return List.of(new Problem.FieldError("items", "the seven checks are required"));
        }
        Map<ChecklistItem, Integer> seen = new EnumMap<>(ChecklistItem.class);
        for (int i = 0; i < items.size(); i++) {
            ItemResult result = items.get(i);
            String at = "items[" + i + "]";
            ChecklistItem item = result == null ? null : parse(result.item());
            if (item == null) {
                errors.add(new Problem.FieldError(at + ".item", "must be one of " + Arrays.toString(ChecklistItem.values())));
                continue;
            }
            if (seen.put(item, i) != null) {
                errors.add(new Problem.FieldError(at + ".item", item + " appears twice"));
            }
            if (result.passed() == null) {
                errors.add(new Problem.FieldError(at + ".passed", "say whether " + item + " passed"));
            } else if (!result.passed() && blank(result.comment())) {
                errors.add(new Problem.FieldError(at + ".comment", "a failed check needs a comment"));
            }
        }
        for (ChecklistItem item : ChecklistItem.values()) {
            if (!seen.containsKey(item)) {
                errors.add(new Problem.FieldError("items", item + " is missing"));
            }
        }
        return errors;
    }

    /** The items in the order of {@link ChecklistItem}, as published and signed. */
    public static List<ItemResult> ordered(List<ItemResult> items) {
        return items.stream().sorted((a, b) -> parse(a.item()).compareTo(parse(b.item())))
                .map(r -> new ItemResult(r.item(), r.passed(), blank(r.comment()) ? null : r.comment())).toList();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static ChecklistItem parse(String code) {
        return Arrays.stream(ChecklistItem.values()).filter(i -> i.name().equals(code)).findFirst().orElse(null);
    }
}
