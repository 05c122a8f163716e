import ReadoutModel

/// A resource whose files hash to another value than its `hash` says.
public struct ResourceHashRule: Rule {
    public static let description = RuleDescription(
        id: "resource.hash", severity: .error,
        summary: "A resource's files do not have the hash its descriptor declares (`hash`).",
        explanation: """
            Data Resource `hash` is MD5 hex, or `algorithm:hex` (readout checks md5, sha1, sha256, sha384 \
            and sha512; another algorithm is refused by name). A different hash means the data is not the \
            data described. The hash covers all the files of a multipart resource, in order, as written.
            """,
        triggering: [
            RuleExample(csv: """
                ↓id
                xi
                """, of: .resource(DataPackage.Resource(
                    name: "example", paths: ["example.csv"], schema: TableSchema(fields: [Field(name: "id", type: .string)]),
                    hash: "sha256:0000000000000000000000000000000000000000000000000000000000000000"))),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id
                xi
                """, of: .resource(DataPackage.Resource(
                    name: "example", paths: ["example.csv"], schema: TableSchema(fields: [Field(name: "id", type: .string)]),
                    hash: "0c19229bc4c8a9d09a7306751613a6e3"))),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .resourceHash) { issue in
            "the resource's files hash to \(issue.text ?? "?") where its descriptor declares \(issue.field ?? "?")"
        }
    }
}
