//! Which rows of a long list to draw: only those on screen plus a margin, with padding standing in
//! for the rest, so the DOM does not grow with the number of loaded incidents. Pure; host-tested.
//!
//! Row heights are learnt as rows are drawn (cards differ: titles wrap, alerts expand); rows never
//! drawn count as the average of those measured so far.

/// Assumed height of a row before any has been measured: about a collapsed card with its spacing, in
/// CSS pixels (too small a guess draws cards only to remove them once measured).
pub const FIRST_GUESS: f64 = 240.0;

/// Measured heights by row key (an incident's position among everything loaded).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowHeights {
    measured: Vec<f64>,
    known_sum: f64,
    known_count: usize,
}

impl RowHeights {
    /// Records a drawn row's height; true when it differs from what was assumed for it by a pixel or
    /// more (only then does the window need working out again).
    pub fn record(&mut self, key: usize, height: f64) -> bool {
        if !height.is_finite() || height <= 0.0 {
            return false;
        }
        if key >= self.measured.len() {
            self.measured.resize(key + 1, 0.0);
        }
        let before = self.measured[key];
        let assumed = if before > 0.0 { before } else { self.estimate() };
        if before > 0.0 {
            self.known_sum -= before;
        } else {
            self.known_count += 1;
        }
        self.known_sum += height;
        self.measured[key] = height;
        (height - assumed).abs() >= 1.0
    }

    /// The average measured height, or [`FIRST_GUESS`] before anything is measured.
    pub fn estimate(&self) -> f64 {
        if self.known_count == 0 { FIRST_GUESS } else { self.known_sum / self.known_count as f64 }
    }

    pub fn height(&self, key: usize) -> f64 {
        match self.measured.get(key) {
            Some(h) if *h > 0.0 => *h,
            _ => self.estimate(),
        }
    }
}

/// The rows to draw, as a range of indices into the list, and the space the others take.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RowWindow {
    pub start: usize,
    pub end: usize,
    /// Height of the rows before `start` (padding above the drawn rows).
    pub before: f64,
    /// Height of the rows from `end` on (padding below).
    pub after: f64,
}

impl RowWindow {
    /// This window widened to draw the row at `index` and `around` rows either side of it, when that
    /// row is near (within `reach` rows of) the window: the row holding keyboard focus stays drawn,
    /// and Tab or Shift+Tab always finds the next card already there. A row far away is left out (its
    /// rows in between would all have to be drawn).
    pub fn including(
        self,
        index: usize,
        around: usize,
        reach: usize,
        keys: &[usize],
        heights: &RowHeights,
    ) -> RowWindow {
        if index >= keys.len() || index + reach < self.start || index >= self.end + reach {
            return self;
        }
        self.covering(index.saturating_sub(around)..index + around + 1, keys, heights)
    }

    /// This window grown to also cover the rows in `range` (clamped to the list), with the padding
    /// shrunk by the heights of the rows it now draws. An empty range changes nothing.
    pub fn covering(self, range: std::ops::Range<usize>, keys: &[usize], heights: &RowHeights) -> RowWindow {
        let range = range.start.min(keys.len())..range.end.min(keys.len());
        if range.is_empty() {
            return self;
        }
        let start = self.start.min(range.start);
        let end = self.end.max(range.end);
        let height = |rows: &[usize]| rows.iter().map(|key| heights.height(*key)).sum::<f64>();
        RowWindow {
            start,
            end,
            before: self.before - height(&keys[start..self.start]),
            after: self.after - height(&keys[self.end..end]),
        }
    }
}

/// The part of the list on screen: `top` is how far the viewport's top is below the list's top
/// (negative while the list starts lower on the page), `height` the viewport's height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub top: f64,
    pub height: f64,
}

/// The rows of `keys` (row keys in display order) that meet the viewport widened by `margin` on both
/// sides. At least one row is drawn whenever the list is not empty.
pub fn row_window(keys: &[usize], heights: &RowHeights, viewport: Viewport, margin: f64) -> RowWindow {
    let from = viewport.top - margin;
    let to = viewport.top + viewport.height.max(0.0) + margin;
    let mut offset = 0.0;
    let mut start = keys.len();
    let mut before = 0.0;
    let mut end = keys.len();
    for (index, key) in keys.iter().enumerate() {
        let bottom = offset + heights.height(*key);
        if start == keys.len() && bottom > from {
            start = index;
            before = offset;
        }
        if start != keys.len() && offset >= to {
            end = index;
            break;
        }
        offset = bottom;
    }
    if start == keys.len() && !keys.is_empty() {
        // Scrolled past the end (the list shrank): draw the last row.
        start = keys.len() - 1;
        before = offset - heights.height(keys[start]);
    }
    let after = keys[end..].iter().map(|key| heights.height(*key)).sum();
    RowWindow { start, end: end.max(start), before, after }
}
