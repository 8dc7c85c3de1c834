//! Numbers in words, for messages and reports: counts with their noun ("1 epoch", "3 epochs"),
//! thousands grouped ("60,000") and durations ("about 7 min"). A module of its own so that the data,
//! I/O and training modules can use it without depending on the experiments.

/// `n` and `noun`, plural unless n is 1 ("1 epoch", "3 epochs", "10 classes"), for any unsigned
/// count (bytes come as `u64`). Regular plurals only: the nouns this tool counts.
pub fn count<N: std::fmt::Display + PartialEq + From<u8>>(n: N, noun: &str) -> String {
    // Not after "ch": epochs.
    let plural = if n == N::from(1) {
        ""
    } else if ["s", "x", "sh"].iter().any(|e| noun.ends_with(e)) {
        "es"
    } else {
        "s"
    };
    format!("{n} {noun}{plural}")
}

/// A count with thousands grouped, as the tables write them: "10,000", "60,000", "999".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut s = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            s.push(',');
        }
        s.push(c);
    }
    s
}

/// A duration for people: "under a minute", "about 7 min", "about 1 h 05 min".
pub fn duration(seconds: f64) -> String {
    let minutes = (seconds / 60.0).round() as u64;
    match minutes {
        0 => "under a minute".to_string(),
        m if m < 60 => format!("about {m} min"),
        m => format!("about {} h {:02} min", m / 60, m % 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_plural_unless_one() {
        assert_eq!(count(0, "epoch"), "0 epochs");
        assert_eq!(count(1u64, "byte"), "1 byte");
        assert_eq!(count(2u64, "byte"), "2 bytes");
        assert_eq!(count(2, "label"), "2 labels");
        assert_eq!(count(1, "class"), "1 class");
        assert_eq!(count(10, "class"), "10 classes");
    }

    #[test]
    fn thousands_are_grouped() {
        let cases = [(0, "0"), (999, "999"), (1_000, "1,000"), (10_000, "10,000")];
        for (n, s) in cases.into_iter().chain([(1_234_567, "1,234,567")]) {
            assert_eq!(thousands(n), s);
        }
    }

    #[test]
    fn durations_read_as_words() {
        assert_eq!(duration(12.0), "under a minute");
        assert_eq!(duration(29.0), "under a minute");
        assert_eq!(duration(31.0), "about 1 min");
        assert_eq!(duration(27.0 * 60.0 + 10.0), "about 27 min");
        assert_eq!(duration(65.0 * 60.0), "about 1 h 05 min");
    }
}
