import ReadoutModel

/// A resource's `hash` (Data Resource, hash): MD5 hex, or `algorithm:hex` with the algorithm in lowercase.
enum ResourceHash {
    /// The algorithms readout can compute (swift-crypto), with their digest lengths in hex digits.
    static let algorithms: [String: Int] = ["md5": 32, "sha1": 40, "sha256": 64, "sha384": 96, "sha512": 128]

    static func check(_ node: DescriptorNode) throws(InputError) -> String {
        let text = try node.string()
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let algorithm = parts.count == 2 ? String(parts[0]) : "md5"
        let digest = parts.count == 2 ? parts[1] : Substring(text)
        guard let length = algorithms[algorithm] else {
            let known = algorithms.keys.sorted().joined(separator: ", ")
            throw node.refuse("'hash' uses '\(algorithm)', which readout cannot check (\(known))")
        }
        guard digest.count == length, digest.allSatisfy(\.isHexDigit) else {
            throw node.refuse("'hash' '\(text)' is not a \(algorithm) digest (\(length) hexadecimal digits)")
        }
        return text
    }
}
