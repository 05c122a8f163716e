import Temporal

/// A date, time or datetime `format` given as a Python / C `strptime` pattern, such as `%d/%m/%Y`
/// (Table Schema "datetime", format `<PATTERN>`). Numeric fields take one or two digits as strptime
/// does (`%Y` exactly four, `%f` one to six); a space matches a run of whitespace; fields the pattern
/// lacks default as strptime's do (1900-01-01, midnight). Seconds 60 and 61 are refused: no leap seconds.
struct StrptimePattern: Sendable {
    enum Piece: Sendable, Equatable {
        case literal(Character)
        case whitespace
        case directive(Character)
    }

    let pieces: [Piece]

    /// The directives understood; any other makes the pattern unusable (`problem` names it).
    static let directives: Set<Character> = ["d", "m", "Y", "y", "H", "I", "M", "S", "f", "p", "b", "h", "B", "a", "A", "j", "z", "Z", "%"]

    /// Throws, naming it, on a directive readout does not implement.
    init(_ pattern: String) throws(PatternProblem) {
        var pieces: [Piece] = []
        var characters = pattern[...]
        while let character = characters.popFirst() {
            if character == "%" {
                guard let directive = characters.popFirst() else { throw PatternProblem(message: "the pattern ends in a lone %") }
                guard StrptimePattern.directives.contains(directive) else {
                    throw PatternProblem(message: "the pattern directive %\(directive) is not supported")
                }
                pieces.append(directive == "%" ? .literal("%") : .directive(directive))
            } else if character.isWhitespace {
                if pieces.last != .whitespace { pieces.append(.whitespace) }
            } else {
                pieces.append(.literal(character))
            }
        }
        self.pieces = pieces
    }

    struct PatternProblem: Error {
        let message: String
    }

    /// What a text gave for each part, before the parts are checked against each other.
    struct Parts {
        var year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0
        var fraction: Substring = ""
        var dayOfYear: Int?
        var hour12: Int?
        var afternoon: Bool?
        var offsetSeconds: Int?

        /// The day, when month and day (or the day of the year) name one.
        var date: CalendarDate? {
            if let dayOfYear {
                guard let first = CalendarDate(year: year, month: 1, day: 1), dayOfYear >= 1,
                      dayOfYear <= (CalendarDate(year: year, month: 12, day: 31)?.dayNumber ?? 0) - first.dayNumber + 1 else { return nil }
                return CalendarDate(dayNumber: first.dayNumber + dayOfYear - 1)
            }
            return CalendarDate(year: year, month: month, day: day)
        }

        var secondOfDay: Int? {
            var hour = self.hour
            if let hour12 {
                hour = hour12 % 12 + (afternoon == true ? 12 : 0)
            }
            guard hour < 24, minute < 60, second < 60 else { return nil }
            return hour * 3600 + minute * 60 + second
        }
    }

    func parse(_ text: String) -> Parts? {
        var parts = Parts()
        var rest = text[...]
        for piece in pieces {
            switch piece {
            case let .literal(character):
                guard rest.first == character else { return nil }
                rest = rest.dropFirst()
            case .whitespace:
                let spaces = rest.prefix { $0.isWhitespace }
                guard !spaces.isEmpty else { return nil }
                rest = rest.dropFirst(spaces.count)
            case let .directive(directive):
                guard read(directive, from: &rest, into: &parts) else { return nil }
            }
        }
        return rest.isEmpty ? parts : nil
    }

    private func read(_ directive: Character, from rest: inout Substring, into parts: inout Parts) -> Bool {
        switch directive {
        case "d": return number(&rest, 1...2, 1...31) { parts.day = $0 }
        case "m": return number(&rest, 1...2, 1...12) { parts.month = $0 }
        case "Y": return number(&rest, 4...4, 1...9999) { parts.year = $0 }
        case "y": return number(&rest, 2...2, 0...99) { parts.year = $0 < 69 ? 2000 + $0 : 1900 + $0 }
        case "H": return number(&rest, 1...2, 0...23) { parts.hour = $0 }
        case "I": return number(&rest, 1...2, 1...12) { parts.hour12 = $0 }
        case "M": return number(&rest, 1...2, 0...59) { parts.minute = $0 }
        case "S": return number(&rest, 1...2, 0...59) { parts.second = $0 }
        case "j": return number(&rest, 1...3, 1...366) { parts.dayOfYear = $0 }
        case "f":
            let digits = rest.prefix(6).prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { return false }
            parts.fraction = digits
            rest = rest.dropFirst(digits.count)
            return true
        case "p":
            guard let marker = word(&rest, ["AM", "PM"]) else { return false }
            parts.afternoon = marker == 1
            return true
        case "b", "h": return word(&rest, StrptimePattern.months.map { String($0.prefix(3)) }).map { parts.month = $0 + 1 } != nil
        case "B": return word(&rest, StrptimePattern.months).map { parts.month = $0 + 1 } != nil
        case "a": return word(&rest, StrptimePattern.weekdays.map { String($0.prefix(3)) }) != nil
        case "A": return word(&rest, StrptimePattern.weekdays) != nil
        case "z":
            guard let (offset, length) = TemporalCasting.offset(rest, colonOptional: true) else { return false }
            parts.offsetSeconds = offset
            rest = rest.dropFirst(length)
            return true
        case "Z":
            guard word(&rest, ["UTC", "GMT"]) != nil else { return false }
            parts.offsetSeconds = 0
            return true
        default: return false
        }
    }

    /// Up to `width.upperBound` ASCII digits (at least `width.lowerBound`), within `range`.
    private func number(_ rest: inout Substring, _ width: ClosedRange<Int>, _ range: ClosedRange<Int>,
                        _ store: (Int) -> Void) -> Bool {
        let digits = rest.prefix(width.upperBound).prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= width.lowerBound, let value = Int(digits), range.contains(value) else { return false }
        rest = rest.dropFirst(digits.count)
        store(value)
        return true
    }

    /// The index of the longest of `words` that `rest` starts with, in any case.
    private func word(_ rest: inout Substring, _ words: [String]) -> Int? {
        let candidates = words.enumerated().filter { rest.prefix($0.element.count).lowercased() == $0.element.lowercased() }
        guard let match = candidates.max(by: { $0.element.count < $1.element.count }) else { return nil }
        rest = rest.dropFirst(match.element.count)
        return match.offset
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
