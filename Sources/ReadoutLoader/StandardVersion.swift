import ReadoutModel

/// Which version of the standard a descriptor follows, from its `$schema` (v2) or `profile` (v1).
///
/// The default `$schema` of every descriptor is the 1.0 profile (Data Package, `$schema`), so a
/// descriptor with neither property is v1. Only the root's `$schema` has effect (Glossary, Profile);
/// an inline schema or dialect may repeat a known profile, which is accepted and does not change the version.
enum StandardVersion {
    /// The version `$schema` names: `https://datapackage.org/profiles/<version>/<profile>.json`.
    static func version(ofSchemaURL node: DescriptorNode, profile: String) throws(InputError) -> TableSchema.Standard {
        let url = try node.string()
        let prefix = "https://datapackage.org/profiles/"
        if url.hasPrefix(prefix), url.hasSuffix("/\(profile).json") {
            let version = url.dropFirst(prefix.count).dropLast(profile.count + 6)
            if version == "1.0" { return .v1 }
            if version.hasPrefix("2."), Int(version.dropFirst(2)) != nil { return .v2 }
        }
        throw node.refuse("'$schema' is '\(url)', which readout does not know (expected \(prefix)1.0/\(profile).json or \(prefix)2.0/\(profile).json): a custom profile's constraints would be ignored")
    }

    /// A v1 `profile`: the registry names or their specs.frictionlessdata.io URLs.
    static func checkProfile(_ node: DescriptorNode, allowed: [String]) throws(InputError) {
        let profile = try node.string()
        let urls = allowed.map { "https://specs.frictionlessdata.io/schemas/\($0).json" }
        guard allowed.contains(profile) || urls.contains(profile) else {
            throw node.refuse("'profile' is '\(profile)', which readout does not know (\(allowed.joined(separator: ", "))): a custom profile's constraints would be ignored")
        }
    }

    /// The version of a root descriptor: `$schema` first, then `profile`, else the 1.0 default.
    static func version(of root: DescriptorMapping, profile: String,
                        v1Profiles: [String]) throws(InputError) -> TableSchema.Standard {
        if let profileNode = root.optional("profile") { try checkProfile(profileNode, allowed: v1Profiles) }
        if let schemaNode = root.optional("$schema") { return try version(ofSchemaURL: schemaNode, profile: profile) }
        return .v1
    }
}
