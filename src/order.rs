//! Sorting with one sort for the whole crate. Every generic sort call compiles the standard
//! library's sort anew for its element type and comparison (about 5 KB of WebAssembly each);
//! here items are sorted by a number (a `u128` key) or by text, so the module holds two sorts
//! however many places sort. Ties keep the items' order (the sorts are stable).

/// Sorts `items` by `key`, smallest first; equal keys keep their order.
pub fn sort_by_key<T>(items: &mut Vec<T>, key: impl Fn(&T) -> u128) {
    let mut keyed: Vec<(u128, u32)> = items.iter().enumerate().map(|(i, t)| (key(t), i as u32)).collect();
    keyed.sort_unstable();
    permute(items, keyed.into_iter().map(|(_, i)| i));
}

/// Sorts `items` by the text `key` gives, in byte order; equal texts keep their order.
pub fn sort_by_text<T>(items: &mut Vec<T>, key: impl Fn(&T) -> Box<str>) {
    let mut keyed: Vec<(Box<str>, u32)> = items.iter().enumerate().map(|(i, t)| (key(t), i as u32)).collect();
    keyed.sort_unstable();
    permute(items, keyed.into_iter().map(|(_, i)| i));
}

/// Puts `items` in the order of `order` (each index once).
fn permute<T>(items: &mut Vec<T>, order: impl Iterator<Item = u32>) {
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.filter_map(|i| taken.get_mut(i as usize).and_then(Option::take)));
}

/// A key part that orders `x` from small to large (any finite or infinite value; NaN last).
pub fn ascending(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// A key part that orders `x` from large to small.
pub fn descending(x: f64) -> u64 {
    !ascending(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_key_and_keeps_ties_in_order() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut items, |&(k, _)| k as u128);
        assert_eq!(items, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut words = vec!["peer", "appel", "banaan", "appel"];
        sort_by_text(&mut words, |w| (*w).into());
        assert_eq!(words, ["appel", "appel", "banaan", "peer"]);
    }

    #[test]
    fn float_keys_order_like_the_floats() {
        let mut xs = vec![0.5, -1.0, f64::INFINITY, 0.0, -0.0, 2.0, f64::NEG_INFINITY, 1e-300];
        sort_by_key(&mut xs, |&x| u128::from(ascending(x)));
        assert_eq!(xs, [f64::NEG_INFINITY, -1.0, -0.0, 0.0, 1e-300, 0.5, 2.0, f64::INFINITY]);
        sort_by_key(&mut xs, |&x| u128::from(descending(x)));
        assert_eq!(xs[0], f64::INFINITY);
        assert_eq!(xs[7], f64::NEG_INFINITY);
    }
}
