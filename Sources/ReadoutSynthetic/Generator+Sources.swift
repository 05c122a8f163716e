import ReadoutLoader
import ReadoutModel
import Temporal

extension Generator {
    /// One source: 10 accounts of 10 statements each, their participants, links, mentions and claims,
    /// and an article text that holds every evidence span.
    mutating func addSource(_ number: Int) {
        let id = Self.format3(number, prefix: "s")
        let file = id + ".txt"
        var article: [String] = []
        // The first account's event is dated a few days before publication: "on <weekday>" resolves to it.
        let firstEvent = Int.random(in: 0..<eventDates.count, using: &random)
        let published = eventDates[firstEvent].adding(days: Int.random(in: 1...6, using: &random))
        for accountNumber in 0..<10 {
            let account = "\(id)-a" + Self.format3(accountNumber, prefix: "").suffix(2)
            let event = accountNumber == 0 ? firstEvent : Int.random(in: 0...firstEvent, using: &random)
            let day = eventDates[event]
            let expression = accountNumber == 0 ? "on \(day.weekday)" : "in \(Self.months[day.month - 1]) \(day.year)"
            let evidence = "The leaders met, \(expression), as reported"
            article.append(evidence + ".")
            let badDate = random.chance(0.2)
            tables["accounts"]?.add([
                "id": .string(account), "source_id": .string(id), "event_id": .string("e-gen-" + Self.format3(event, prefix: "")),
                "date_expression": .string(expression), "weekday": accountNumber == 0 ? .string(day.weekday.description) : nil,
                "stated_date": badDate ? .invalid("\(day.year)-02-30") : .date(day), "tense": .string("past"),
                "evidence": .string(evidence),
            ])
            let speakers = [Self.actor(Int.random(in: 0..<300, using: &random)), Self.actor(Int.random(in: 0..<300, using: &random))]
            for speaker in Set(speakers).sorted() {
                tables["participants"]?.add(["account_id": .string(account), "actor_id": .string(speaker)])
            }
            tables["mentions"]?.add([
                "id": .string("\(id)-m" + Self.format3(accountNumber, prefix: "").suffix(2)), "source_id": .string(id),
                "actor_id": .string(speakers[0]), "title": .string("President"), "evidence": .string(evidence),
            ])
            for statementNumber in 0..<10 {
                article.append(addStatement(source: number, account: account, event: event, speakers: speakers,
                                            number: accountNumber * 10 + statementNumber))
            }
            if accountNumber % 2 == 1 { addClaim(source: id, number: accountNumber / 2, event: event, evidence: evidence) }
        }
        let text = article.joined(separator: "\n\n") + "\n"
        corpus[file] = text
        let checksum = CorpusLoader.corpus(texts: [file: text], names: [file]).entries[file].flatMap { entry -> String? in
            if case let .document(_, sha256) = entry { return sha256 }
            return nil
        }
        tables["sources"]?.add([
            "id": .string(id), "corpus_file": .string(file), "corpus_sha256": checksum.map(Value.string),
            "outlet": .string("Synthetic Outlet"), "published": .date(published), "published_status": .string("stated"),
            "published_earliest": .date(published), "published_latest": .date(published),
        ])
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// Returns the statement's text, which the article holds as its evidence.
    private mutating func addStatement(source: Int, account: String, event: Int, speakers: [String], number: Int) -> String {
        let id = account.prefix { $0 != "-" } + "-q" + Self.format3(number, prefix: "").suffix(2)
        var speaker = speakers[number % 2]
        var topic = Self.topics.randomElement(using: &random) ?? "trade"
        var text = SyntheticWording.sentence(&random)
        // About one statement in a hundred retells another source's statement of the same event in other words.
        if let earlier = lastStatementByEvent[event], earlier.source != source, random.chance(10) {
            speaker = earlier.speaker
            topic = earlier.topic
            text = SyntheticWording.variant(of: earlier.text, &random)
        }
        lastStatementByEvent[event] = (source, speaker, topic, text)
        let roll = Int.random(in: 0..<100, using: &random)
        let attribution: (type: String, written: String?, outlet: String?) =
            roll < 70 ? ("named-outlet", "according to Outlet \(roll % 20)", Self.outlet(roll % 20))
            : roll < 90 ? ("none", nil, nil) : roll < 95 ? ("anonymous-official", "a senior official said", nil)
            : ("unnamed-outlet", "state media said", nil)
        let dangling = random.chance(0.2)
        tables["statements"]?.add([
            "id": .string(String(id)), "account_id": .string(dangling ? "s999999-a99" : account), "speaker_id": .string(speaker),
            "mode": .string(number % 3 == 0 ? "indirect" : "direct"), "text": .string(text), "topic": .string(topic),
            "attribution": attribution.written.map(Value.string), "attribution_type": .string(attribution.type),
            "attributed_to": attribution.outlet.map(Value.string), "evidence": .string(text),
        ])
        if let outlet = attribution.outlet {
            tables["attribution_links"]?.add(["statement_id": .string(String(id)), "position": .integer(1),
                                              "actor_id": .string(outlet), "as_written": .string(attribution.written ?? outlet)])
            if random.chance(5) {
                tables["attribution_links"]?.add(["statement_id": .string(String(id)), "position": .integer(2),
                                                  "as_written": .string("state media")])
            }
        }
        return text
    }

    /// An interval claim between the account's event and an earlier one, stated in whole months.
    private mutating func addClaim(source: String, number: Int, event: Int, evidence: String) {
        let reference = Int.random(in: 0...event, using: &random)
        let days = eventDates[event].dayNumber - eventDates[reference].dayNumber
        tables["claims"]?.add([
            "id": .string("\(source)-c" + Self.format3(number, prefix: "").suffix(2)), "source_id": .string(source),
            "kind": .string("interval"), "text": .string("months earlier"),
            "event_id": .string("e-gen-" + Self.format3(event, prefix: "")), "reference_event_id": .string("e-gen-" + Self.format3(reference, prefix: "")),
            "amount": .integer(Int((Double(days) / 30.44).rounded())), "unit": .string("month"),
            "attribution_type": .string("none"), "evidence": .string(evidence),
        ])
    }
}
