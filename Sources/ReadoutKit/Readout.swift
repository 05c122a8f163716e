import ReadoutExport
import ReadoutLoader
import ReadoutModel
import ReadoutRules

/// The pipeline behind the CLI: load, check, review, export.
public enum Readout {
    public static func validate(_ request: ValidationRequest) throws(InputError) -> Validation {
        let input = try DataInput(request)
        let settings = try request.resolvedRulesPath.map { path throws(InputError) in try SettingsLoader.rules(path: path) } ?? RuleSettings()
        try RuleConfiguration.check(settings)
        let reviews = try request.resolvedReviewsPath.map { path throws(InputError) in try SettingsLoader.reviews(path: path) } ?? []
        let clock = ContinuousClock()
        let started = clock.now
        let dataset = try input.load(request)
        var corpus: Corpus?
        if let folder = request.corpusFolder {
            corpus = try CorpusLoader.load(folder: folder, names: corpusNames(in: dataset))
        }
        let read = started.duration(to: clock.now)
        request.progress?.enter(.checking)
        let checked = clock.now
        var validation = check(dataset, corpus: corpus, settings: settings, reviews: reviews)
        validation.notes = input.notes(request) + validation.notes
        validation.timings = [("read (data and corpus)", read), ("check (all rules, wall)", checked.duration(to: clock.now))]
            + validation.timings
        return validation
    }

    /// Runs every enabled rule; rules that need the corpus are skipped, with a note, when there is none, and
    /// a rule that cannot run on a table holding records (see `RuleCoverage`) gets a note saying why.
    public static func check(_ dataset: Dataset, corpus: Corpus?, settings: RuleSettings = RuleSettings(),
                             reviews: [Review] = [], rules: [any Rule.Type] = RuleRegistry.all) -> Validation {
        let clock = ContinuousClock()
        let indexed = clock.now
        let context = RuleContext(dataset: dataset, corpus: corpus, settings: settings)
        let indexTime = indexed.duration(to: clock.now)
        let prepared = clock.now
        context.prepareSharedAnalyses(for: rules.filter { rule in
            settings.entry(for: rule.description.id)?.enabled != false && (corpus != nil || !rule.description.needsCorpus)
        })
        let preparedTime = prepared.duration(to: clock.now)
        // Rules are pure and independent, so they run on all cores; results keep the registry's order.
        let outcomes = Parallel.map(rules.count) { position -> (found: [Finding], skipped: Bool, time: Duration) in
            let rule = rules[position]
            let started = clock.now
            let entry = settings.entry(for: rule.description.id)
            if entry?.enabled == false { return ([], false, started.duration(to: clock.now)) }
            if rule.description.needsCorpus && corpus == nil { return ([], true, started.duration(to: clock.now)) }
            // The context gives each finding its severity from the configuration as it is made.
            return (rule.init().check(context), false, started.duration(to: clock.now))
        }
        let timings = [("index", indexTime), ("shared analyses (evidence matches, statement groups)", preparedTime)]
            + zip(rules, outcomes).map { ($0.description.id, $1.time) }
        let skipped = zip(rules, outcomes).filter { $1.skipped }.map { $0.0.description.id }
        var findings = outcomes.flatMap(\.found)
        let ran = zip(rules, outcomes).filter { rule, outcome in
            !outcome.skipped && settings.entry(for: rule.description.id)?.enabled != false
        }.map { $0.0.description.id }
        let matching = ReviewMatching.apply(reviews, to: findings, in: dataset, ran: Set(ran))
        findings = matching.findings
        var notes: [String] = []
        if !skipped.isEmpty {
            notes.append("no corpus given (--corpus DIR): skipped \(skipped.joined(separator: ", "))")
        }
        if let note = ReviewMatching.note(matching.unchecked) { notes.append(note) }
        // A rule that cannot run on a table with records says so, rather than finding nothing.
        let enabled = rules.filter { settings.entry(for: $0.description.id)?.enabled != false }
        notes += RuleCoverageListing.notes(RuleCoverage.compute(package: dataset.package, corpusGiven: corpus != nil, rules: enabled),
                                           dataset: dataset)
        var validation = Validation(dataset: dataset, findings: findings.sorted(by: Finding.ordered), notes: notes)
        validation.timings = timings
        return validation
    }

    /// The export of a validation: clean tables, the findings table and the descriptor.
    public static func export(_ validation: Validation, options: ExportOptions = ExportOptions()) -> [ExportFile] {
        let selection = CleanTables.select(from: validation.dataset, excluding: validation.recordsWithErrors)
        let findings = (validation.findings + selection.cascaded).sorted(by: Finding.ordered)
        return Exporter.render(package: validation.dataset.package, tables: selection.dataset.tables,
                               findings: FindingsTable.table(findings, excluded: leftOut(validation, selection)), options: options)
    }

    /// The records an export of `validation` leaves out: those with errors,
    /// and those that refer to a record left out.
    public static func leftOut(_ validation: Validation, _ selection: CleanTables.Selection? = nil) -> Set<RecordID> {
        let excluded = validation.recordsWithErrors
        let selection = selection ?? CleanTables.select(from: validation.dataset, excluding: excluded)
        return excluded.union(selection.cascaded.compactMap(\.subject.id))
    }

    private static func corpusNames(in dataset: Dataset) -> [String] {
        dataset.tables.flatMap { table -> [String] in
            guard let field = table.schema.index(of: .corpusFile) else { return [] }
            return table.records.compactMap { $0.values[field].stringValue }
        }
    }
}
