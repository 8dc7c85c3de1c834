//! f32 values in JSON records. serde_json holds every number as an f64, so an f32 setting such as
//! 0.9 was written as its exact value widened, 0.8999999761581421. They are now written in the
//! shortest form that reads back as the same f32 (0.9). Records written before keep the widened
//! form; [`map_f32_at`] turns one form into the other where an old record is compared or keyed.

use serde_json::{Number, Value};

/// `x` as the shortest decimal that reads back as `x` (through f64, as JSON readers do). For the
/// rare f32 where that decimal, rounded to f64 and then to f32, lands on a neighbour, the exact
/// widened value. Infinities and NaN become null, as serde_json writes them.
pub fn f32_value(x: f32) -> Value {
    let shortest: f64 = x.to_string().parse().unwrap_or(f64::NAN);
    let v = if shortest as f32 == x {
        shortest
    } else {
        x as f64
    };
    Number::from_f64(v).map_or(Value::Null, Value::Number)
}

/// Rewrites the number at `path` in `v` (if there is one) as `f` of the f32 it holds.
pub fn map_f32_at(v: &mut Value, path: &[&str], f: fn(f32) -> Value) {
    let mut at = v;
    for key in path {
        match at.get_mut(*key) {
            Some(next) => at = next,
            None => return,
        }
    }
    if let Some(x) = at.as_f64() {
        *at = f(x as f32);
    }
}

/// `x` widened exactly to f64: the form f32 values had before [`f32_value`] (serde_json's own).
pub fn widened_f32(x: f32) -> Value {
    Number::from_f64(x as f64).map_or(Value::Null, Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn f32s_are_written_in_their_shortest_form() {
        assert_eq!(f32_value(0.9).to_string(), "0.9");
        assert_eq!(f32_value(0.2).to_string(), "0.2");
        assert_eq!(f32_value(20.0).to_string(), "20.0");
        assert_eq!(f32_value(f32::INFINITY), Value::Null);
        // What serde_json alone writes for the same f32, and what records held before.
        assert_eq!(json!(0.9f32).to_string(), "0.8999999761581421");
        assert_eq!(widened_f32(0.9), json!(0.9f32));
    }

    #[test]
    fn both_forms_read_back_as_the_same_f32_and_map_to_each_other() {
        // Spread over the exponents, and the f32 whose shortest decimal rounds, through f64, to
        // its neighbour (found by checking all 2^32 bit patterns; it falls back to the exact value).
        let odd = f32::from_bits(0x15ae_43fd);
        assert_ne!(odd.to_string().parse::<f64>().unwrap() as f32, odd);
        let mut xs: Vec<f32> = (0..200_000u32)
            .map(|i| f32::from_bits(i.wrapping_mul(21_473)))
            .filter(|x| x.is_finite())
            .collect();
        xs.push(odd);
        for x in xs {
            let (short, wide) = (f32_value(x), widened_f32(x));
            assert_eq!(short.as_f64().unwrap() as f32, x, "{x:e}");
            assert_eq!(wide.as_f64().unwrap() as f32, x, "{x:e}");
            let mut v = json!({"a": {"b": wide.clone()}});
            map_f32_at(&mut v, &["a", "b"], f32_value);
            assert_eq!(v["a"]["b"], short, "{x:e}");
            map_f32_at(&mut v, &["a", "b"], f32_value);
            assert_eq!(v["a"]["b"], short, "idempotent: {x:e}");
            map_f32_at(&mut v, &["a", "b"], widened_f32);
            assert_eq!(v["a"]["b"], wide, "{x:e}");
        }
    }

    #[test]
    fn a_path_that_is_missing_or_not_a_number_is_left_alone() {
        let mut v = json!({"a": null, "b": "x", "c": {"d": 1}});
        let before = v.clone();
        for path in [&["a"][..], &["b"], &["c", "e"], &["z", "d"]] {
            map_f32_at(&mut v, path, f32_value);
        }
        assert_eq!(v, before);
    }
}
