/// A statement with a given attribution, for the attribution rules' examples.
enum AttributionExamples {
    /// `type` nil leaves the attribution type out (null); the marker then falls on the record's start.
    static func statement(attribution: String?, type: String?, attributedTo: String? = nil, marker: Bool = false) -> String {
        var text = """
            statements:
              - \(marker && type == nil ? "↓" : "")id: s002-q01
                account_id: s002-a01
                mode: indirect
                text: the two leaders held a candid and in-depth communication
                topic: relations

            """
        if let attribution { text += "    attribution: \(attribution)\n" }
        if let type { text += "    attribution_type: \(marker ? "↓" : "")\(type)\n" }
        if let attributedTo { text += "    attributed_to: \(attributedTo)\n" }
        return text + "    evidence: held a \"candid\" and \"in-depth\" communication\n"
    }
}
