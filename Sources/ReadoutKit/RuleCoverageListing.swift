import Foundation
import ReadoutLoader
import ReadoutModel
import ReadoutRules

/// Rule coverage as `readout rules --schema` lists it and as validate's notes say it.
public enum RuleCoverageListing {
    /// Every rule, active or not, with the reason per table; ends with a count. The rule configuration is
    /// `rulesPath`, else rules.yaml beside the schema when there is one, as validate reads it: a rule it
    /// switches off is listed as off.
    public static func list(schemaPath: String, corpusFolder: String?, rulesPath: String? = nil) throws(InputError) -> String {
        let package = try DescriptorLoader.load(path: schemaPath)
        let request = ValidationRequest(schemaPath: schemaPath, dataFolder: "", rulesPath: rulesPath)
        let settings = try request.resolvedRulesPath.map { path throws(InputError) in try SettingsLoader.rules(path: path) } ?? RuleSettings()
        try RuleConfiguration.check(settings)
        if let corpusFolder {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: corpusFolder, isDirectory: &isFolder), isFolder.boolValue else {
                throw InputError(file: corpusFolder, message: "the corpus folder does not exist")
            }
        }
        let off = Set(settings.entries.filter { !$0.enabled }.map(\.ruleID))
        return list(RuleCoverage.compute(package: package, corpusGiven: corpusFolder != nil),
                    tableCount: package.resources.count, switchedOff: off, rulesPath: request.resolvedRulesPath)
    }

    static func list(_ coverage: [RuleCoverage], tableCount: Int, switchedOff: Set<String> = [], rulesPath: String? = nil) -> String {
        let width = coverage.map(\.ruleID.count).max() ?? 0
        var text = ""
        for rule in coverage {
            let padding = String(repeating: " ", count: width - rule.ruleID.count)
            let runs = rule.tables.filter(\.runs).map(\.table)
            let shown: String
            if rule.noTable != nil {
                shown = "-"
            } else if runs.count == tableCount, tableCount > 1 {
                shown = "every table"
            } else {
                shown = runs.isEmpty ? "-" : runs.joined(separator: ", ")
            }
            if switchedOff.contains(rule.ruleID) {
                text += "\(rule.ruleID)\(padding)  \("off".padding(to: 8))  switched off in \(rulesPath ?? "the rule configuration")\n"
                continue
            }
            text += "\(rule.ruleID)\(padding)  \(state(of: rule).padding(to: 8))  \(shown)\n"
            if let noTable = rule.noTable { text += "    \(noTable)\n" }
            for group in groups(rule.tables) {
                text += "    \(verb(group.status)) \(group.tables.joined(separator: ", ")): \(group.status.reasons.joined(separator: "; "))\n"
            }
        }
        let active = coverage.filter { $0.isActive && !switchedOff.contains($0.ruleID) }.count
        let off = switchedOff.isEmpty ? "" : " (\(switchedOff.count) switched off)"
        text += "\(active) of \(coverage.count) rules active\(off)\n"
        return text
    }

    /// One note per rule that does not fully run on a table holding records it would check. The corpus
    /// is left to the note validate already makes about the rules it skipped without one.
    static func notes(_ coverage: [RuleCoverage], dataset: Dataset) -> [String] {
        coverage.compactMap { rule in
            let tables = rule.tables.compactMap { table -> RuleCoverage.TableStatus? in
                let reasons = table.status.reasons.filter { $0 != RuleCoverage.noCorpus }
                guard !reasons.isEmpty, let count = dataset.table(named: table.table)?.records.count, count > 0 else { return nil }
                let named = "\(table.table) (\(count) record\(count == 1 ? "" : "s"))"
                if case .partial = table.status { return .init(table: named, status: .partial(reasons)) }
                return .init(table: named, status: .inactive(reasons))
            }
            let parts = groups(tables).map { group in
                "\(verb(group.status)) \(group.tables.joined(separator: ", ")): \(group.status.reasons.joined(separator: "; "))"
            }
            return parts.isEmpty ? nil : "\(rule.ruleID) " + parts.joined(separator: "; it ")
        }
    }

    /// The tables that are not fully covered, those with the same reasons together, in table order.
    private static func groups(_ tables: [RuleCoverage.TableStatus]) -> [(status: RuleCoverage.Status, tables: [String])] {
        var groups: [(status: RuleCoverage.Status, tables: [String])] = []
        for table in tables where table.status != .active {
            if let position = groups.firstIndex(where: { $0.status == table.status }) {
                groups[position].tables.append(table.table)
            } else {
                groups.append((table.status, [table.table]))
            }
        }
        return groups
    }

    private static func verb(_ status: RuleCoverage.Status) -> String {
        if case .partial = status { "runs partly on" } else { "does not run on" }
    }

    private static func state(of rule: RuleCoverage) -> String {
        if rule.isActive { return "active" }
        return rule.tables.contains(where: \.runs) ? "partial" : "inactive"
    }
}

extension RuleCoverage.TableStatus {
    /// Whether the rule runs on the table at all (fully or in part).
    var runs: Bool {
        if case .inactive = status { return false }
        return true
    }
}
