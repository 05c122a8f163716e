/// What makes two mapping keys the same key, so that a duplicate is refused: a scalar's text and
/// resolved tag, or a collection's resolved tag and contents in order (the rule Yams composes by,
/// which descriptors and settings still follow).
indirect enum YAMLNodeIdentity: Hashable {
    case scalar(String, tag: String)
    case sequence([YAMLNodeIdentity], tag: String)
    case mapping([Pair], tag: String)

    struct Pair: Hashable {
        var key: YAMLNodeIdentity
        var value: YAMLNodeIdentity
    }

    /// The tags an untagged node (or one tagged `!`) resolves to: readout resolves no plain scalar
    /// to another type, because it casts by its schema.
    static let stringTag = "tag:yaml.org,2002:str"
    static let sequenceTag = "tag:yaml.org,2002:seq"
    static let mappingTag = "tag:yaml.org,2002:map"
    private static let valueTag = "tag:yaml.org,2002:value"

    /// The name a duplicate is reported by: a scalar's text; a mapping's `=` value (YAML's value key).
    var name: String {
        switch self {
        case let .scalar(text, _): return text
        case let .mapping(pairs, _):
            for pair in pairs {
                if case let .scalar(_, tag) = pair.key, tag == Self.valueTag { return pair.value.name }
            }
            return "<uncovertable>"
        case .sequence: return "<uncovertable>"
        }
    }

    /// The order duplicates are listed in: texts, then collections by their contents; nodes of
    /// different kinds are unordered.
    static func precedes(_ lhs: YAMLNodeIdentity, _ rhs: YAMLNodeIdentity) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(left, _), .scalar(right, _)): return left < right
        case let (.sequence(left, _), .sequence(right, _)): return precedes(left, right, by: precedes)
        case let (.mapping(left, _), .mapping(right, _)): return precedes(left, right) { precedes($0.key, $1.key) }
        default: return false
        }
    }

    private static func precedes<Element>(_ lhs: [Element], _ rhs: [Element],
                                          by less: (Element, Element) -> Bool) -> Bool {
        for (left, right) in zip(lhs, rhs) {
            if less(left, right) { return true }
            if less(right, left) { return false }
        }
        return lhs.count < rhs.count
    }
}

/// A key of a mapping being read, and where it was written.
struct YAMLKeyEntry {
    var identity: YAMLNodeIdentity
    var mark: YAMLMark

    /// The keys written more than once (each at its first place), in the order they are reported;
    /// empty when every key is unique.
    static func duplicates(in keys: [YAMLKeyEntry]) -> [YAMLKeyEntry] {
        guard keys.count > 1 else { return [] }
        var counts: [YAMLNodeIdentity: (first: Int, count: Int)] = [:]
        if keys.count <= 16 {
            // A record's few keys: comparing each pair costs less than hashing them.
            var repeated = false
            for index in keys.indices.dropFirst() where !repeated {
                repeated = keys[..<index].contains { $0.identity == keys[index].identity }
            }
            guard repeated else { return [] }
        }
        for (position, key) in keys.enumerated() {
            counts[key.identity, default: (position, 0)].count += 1
        }
        // Keys the order leaves tied are listed as first written.
        let repeated = counts.values.filter { $0.count > 1 }.map(\.first).sorted()
        return repeated.sorted { left, right in
            if YAMLNodeIdentity.precedes(keys[left].identity, keys[right].identity) { return true }
            if YAMLNodeIdentity.precedes(keys[right].identity, keys[left].identity) { return false }
            return left < right
        }.map { keys[$0] }
    }
}
