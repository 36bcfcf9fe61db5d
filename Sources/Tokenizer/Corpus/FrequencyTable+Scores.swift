// Not Foundation: in this module it clashes with CICU's ICU headers (see ICU.swift).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Association and keyness scores (Dunning's log-likelihood, G²).
extension FrequencyTable {
    /// How much more often a key occurs in one corpus than in a reference.
    public struct Keyness: Sendable, Hashable {
        public var key: String
        public var count: Int
        public var referenceCount: Int
        /// Dunning's log-likelihood G² (higher: less likely to be chance).
        public var logLikelihood: Double
        /// log2 of the ratio of relative frequencies (reference count smoothed by 0.5).
        public var logRatio: Double
    }

    /// The keys over-represented here against `reference`, highest log-likelihood first.
    ///
    /// - Parameter minCount: leave out keys counted fewer times here.
    public func keyness(against reference: FrequencyTable, minCount: Int = 1) -> [Keyness] {
        let c = Double(total), d = Double(max(reference.total, 1))
        var out: [Keyness] = []
        storage.forEach { key, a in
            guard a >= minCount else { return }
            let b = reference.storage.count(of: key)
            guard Double(a) / c > Double(b) / d else { return }
            let g2 = Self.logLikelihood(a: Double(a), b: Double(b), c: c, d: d)
            let ratio = log2((Double(a) / c) / (max(Double(b), 0.5) / d))
            out.append(Keyness(key: String(decoding: key, as: UTF8.self), count: a, referenceCount: b, logLikelihood: g2, logRatio: ratio))
        }
        return out.sorted { $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood > $1.logLikelihood : $0.key < $1.key }
    }

    /// G² for a key seen `a` times in a corpus of `c` items and `b` times in one of `d`.
    static func logLikelihood(a: Double, b: Double, c: Double, d: Double) -> Double {
        let e1 = c * (a + b) / (c + d), e2 = d * (a + b) / (c + d)
        var g = 0.0
        if a > 0 { g += a * log(a / e1) }
        if b > 0 { g += b * log(b / e2) }
        return 2 * g
    }

    /// G² of a 2×2 contingency table: `k11` joint count, `k12`/`k21` each part without the
    /// other, `k22` neither (Dunning 1993), the collocation score of an n-gram.
    public static func logLikelihood(k11: Double, k12: Double, k21: Double, k22: Double) -> Double {
        func h(_ xs: [Double]) -> Double {
            let n = xs.reduce(0, +)
            return xs.reduce(0) { $0 + ($1 > 0 ? $1 * log($1 / n) : 0) }
        }
        let g = 2 * (h([k11, k12, k21, k22]) - h([k11 + k12, k21 + k22]) - h([k11 + k21, k12 + k22]))
        return max(0, g)
    }
}
