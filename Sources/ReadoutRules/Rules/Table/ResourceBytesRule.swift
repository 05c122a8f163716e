import ReadoutModel

/// A resource whose files hold another number of bytes than its `bytes` says.
public struct ResourceBytesRule: Rule {
    public static let description = RuleDescription(
        id: "resource.bytes", severity: .error,
        summary: "A resource's files are not the size its descriptor declares (`bytes`).",
        explanation: """
            Data Resource `bytes` is the size of the data: a different size means the file is not the one \
            the descriptor describes (truncated, re-saved, another version). The size counts all the \
            files of a multipart resource, as written. Update `bytes`, or restore the file.
            """,
        triggering: [
            RuleExample(csv: """
                ↓id
                xi
                """, of: .resource(DataPackage.Resource(
                    name: "example", paths: ["example.csv"], schema: TableSchema(fields: [Field(name: "id", type: .string)]),
                    bytes: 3))),
        ],
        nonTriggering: [
            RuleExample(csv: """
                id
                xi
                """, of: .resource(DataPackage.Resource(
                    name: "example", paths: ["example.csv"], schema: TableSchema(fields: [Field(name: "id", type: .string)]),
                    bytes: 5))),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        context.findings(Self.self, for: .resourceBytes) { issue in
            "the resource's files hold \(issue.text ?? "?") bytes where its descriptor declares \(issue.field ?? "?")"
        }
    }
}
