use incident_viewer::row_window::{FIRST_GUESS, RowHeights, RowWindow, Viewport, row_window};

fn keys(n: usize) -> Vec<usize> {
    (0..n).collect()
}

fn measured(n: usize, height: f64) -> RowHeights {
    let mut heights = RowHeights::default();
    for key in 0..n {
        heights.record(key, height);
    }
    heights
}

#[test]
fn an_empty_list_draws_nothing() {
    let window = row_window(&[], &RowHeights::default(), Viewport { top: 0.0, height: 800.0 }, 100.0);
    assert_eq!(window, RowWindow { start: 0, end: 0, before: 0.0, after: 0.0 });
}

#[test]
fn only_rows_meeting_the_viewport_and_margin_are_drawn_whatever_the_length() {
    let heights = measured(10_000, 100.0);
    let top = row_window(&keys(10_000), &heights, Viewport { top: 0.0, height: 1000.0 }, 200.0);
    assert_eq!((top.start, top.end), (0, 12));
    assert_eq!(top.before, 0.0);
    assert_eq!(top.after, (10_000 - 12) as f64 * 100.0);

    let middle = row_window(&keys(10_000), &heights, Viewport { top: 500_000.0, height: 1000.0 }, 200.0);
    assert_eq!((middle.start, middle.end), (4_998, 5_012));
    assert_eq!(middle.before + (middle.end - middle.start) as f64 * 100.0 + middle.after, 1_000_000.0);
}

#[test]
fn a_list_starting_below_the_fold_draws_its_first_rows_only_when_they_reach_the_margin() {
    let heights = measured(50, 100.0);
    let near = row_window(&keys(50), &heights, Viewport { top: -900.0, height: 1000.0 }, 200.0);
    assert_eq!((near.start, near.end), (0, 3));
    let far = row_window(&keys(50), &heights, Viewport { top: -5_000.0, height: 1000.0 }, 200.0);
    assert_eq!((far.start, far.end), (0, 0), "nothing of the list is near the screen");
}

#[test]
fn scrolled_past_the_end_of_a_shrunken_list_still_draws_its_last_row() {
    let heights = measured(5, 100.0);
    let window = row_window(&keys(5), &heights, Viewport { top: 9_000.0, height: 1000.0 }, 0.0);
    assert_eq!((window.start, window.end), (4, 5));
    assert_eq!((window.before, window.after), (400.0, 0.0));
}

#[test]
fn unmeasured_rows_count_as_the_average_of_the_measured_ones() {
    let mut heights = RowHeights::default();
    assert_eq!(heights.height(7), FIRST_GUESS);
    assert!(heights.record(0, 80.0), "80 differs from the first guess");
    assert!(!heights.record(1, 80.0), "80 is what the average predicted");
    assert!(heights.record(2, 200.0));
    assert_eq!(heights.estimate(), 120.0);
    assert_eq!(heights.height(9), 120.0);
    assert!(!heights.record(2, 200.4), "sub-pixel changes do not redraw");
    assert!(heights.record(2, 100.0), "a card that collapsed");
    assert!((heights.estimate() - 260.0 / 3.0).abs() < 1e-9);
}

#[test]
fn nonsense_measurements_are_ignored() {
    let mut heights = RowHeights::default();
    for bad in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        assert!(!heights.record(3, bad));
    }
    assert_eq!(heights.height(3), FIRST_GUESS);
}

#[test]
fn rows_are_looked_up_by_key_in_display_order() {
    // A sorted or searched list shows rows out of load order: heights follow the key, not the index.
    let mut heights = RowHeights::default();
    heights.record(9, 300.0);
    heights.record(2, 100.0);
    let window = row_window(&[9, 2], &heights, Viewport { top: 310.0, height: 50.0 }, 0.0);
    assert_eq!((window.start, window.end, window.before, window.after), (1, 2, 300.0, 0.0));
}

#[test]
fn the_focused_row_and_its_neighbours_stay_drawn_when_near_the_window() {
    let keys = keys(100);
    let heights = measured(100, 100.0);
    let window = row_window(&keys, &heights, Viewport { top: 5_000.0, height: 500.0 }, 0.0);
    assert_eq!((window.start, window.end), (50, 55));
    // Focus on the first drawn row: two more rows above it are drawn, the padding shrinks to match.
    let up = window.including(50, 2, 10, &keys, &heights);
    assert_eq!((up.start, up.end, up.before, up.after), (48, 55, 4_800.0, 4_500.0));
    // Focus just below the window.
    let down = window.including(57, 2, 10, &keys, &heights);
    assert_eq!((down.start, down.end, down.before, down.after), (50, 60, 5_000.0, 4_000.0));
    // Inside the window with room to spare: nothing changes.
    assert_eq!(window.including(52, 2, 10, &keys, &heights), window);
    // Far away (the user scrolled off): not drawn, or every row in between would be.
    assert_eq!(window.including(5, 2, 10, &keys, &heights), window);
    assert_eq!(window.including(99, 2, 10, &keys, &heights), window);
    assert_eq!(window.including(500, 2, 10, &keys, &heights), window, "an index past the end is ignored");
    // At the edges of the list the neighbours stop at the ends.
    let top = row_window(&keys, &heights, Viewport { top: 0.0, height: 250.0 }, 0.0);
    let first = top.including(0, 2, 10, &keys, &heights);
    assert_eq!((first.start, first.before), (0, 0.0));
    let bottom = row_window(&keys, &heights, Viewport { top: 9_900.0, height: 100.0 }, 0.0);
    let last = bottom.including(99, 2, 10, &keys, &heights);
    assert_eq!((last.end, last.after), (100, 0.0));
}

#[test]
fn a_window_covering_more_rows_keeps_the_padding_true() {
    let keys = keys(100);
    let heights = measured(100, 100.0);
    let window = row_window(&keys, &heights, Viewport { top: 5_000.0, height: 500.0 }, 0.0);
    // Rows already drawn just below the screen are kept while the margin waits for the next frame.
    let kept = window.covering(53..58, &keys, &heights);
    assert_eq!((kept.start, kept.end, kept.before, kept.after), (50, 58, 5_000.0, 4_200.0));
    assert_eq!(kept.before + 100.0 * (kept.end - kept.start) as f64 + kept.after, 10_000.0);
    assert_eq!(window.covering(52..52, &keys, &heights), window, "an empty range changes nothing");
    assert_eq!(window.covering(51..53, &keys, &heights), window, "rows already inside change nothing");
    let clamped = window.covering(98..140, &keys, &heights);
    assert_eq!((clamped.end, clamped.after), (100, 0.0), "a range past the end stops at the end");
    assert_eq!(window.covering(120..140, &keys, &heights), window, "a range wholly past the end is empty");
}
