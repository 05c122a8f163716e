import Foundation

/// A Table Schema `pattern`: an XML Schema regular expression (XML Schema Part 2, appendix F), compiled
/// once, that the whole value must match.
///
/// The XML Schema syntax is translated to an ICU expression for NSRegularExpression. Every construct is
/// read as XML Schema reads it: `^` and `$` are ordinary characters, `.` is any character but CR and LF,
/// `\i \c` are XML name characters and `[a-z-[aeiou]]` subtracts. What XML Schema lacks (lookaround,
/// backreferences, lazy quantifiers, `\b`-style escapes) is refused, as is `^` at the start or `$` at the
/// end of a branch, which other dialects read as anchors: silently matching them as characters would
/// fail every value, and matching them as anchors would not be XML Schema.
public struct Pattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written in the descriptor.
    public let source: String
    private let expression: Expression

    public init(xmlSchema source: String) throws(PatternError) {
        self.source = source
        var translator = XSDTranslator(source)
        let translated = try translator.translate()
        do {
            expression = Expression(try NSRegularExpression(pattern: "\\A(?:" + translated + ")\\z"))
        } catch {
            throw PatternError("it is not a valid regular expression")
        }
    }

    /// Whether the whole of `text` matches.
    public func matches(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return expression.regex.firstMatch(in: text, options: [.anchored], range: range) != nil
    }

    public var description: String { source }

    public static func == (lhs: Pattern, rhs: Pattern) -> Bool { lhs.source == rhs.source }

    /// NSRegularExpression is immutable once made and documented as safe to share between threads.
    private final class Expression: @unchecked Sendable {
        let regex: NSRegularExpression
        init(_ regex: NSRegularExpression) { self.regex = regex }
    }
}

/// Why a pattern is not XML Schema: lowercase, without the pattern (the caller names it).
public struct PatternError: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// A recursive-descent reader of the XML Schema regex grammar that writes the ICU equivalent.
private struct XSDTranslator {
    private let characters: [Character]
    private var position = 0

    init(_ source: String) {
        // XML Schema regexes are over code points: one Character per scalar, so a combining mark is an atom.
        characters = source.unicodeScalars.map(Character.init)
    }

    mutating func translate() throws(PatternError) -> String {
        let result = try regExp()
        if let extra = peek {
            throw PatternError(extra == ")" ? "')' closes no group" : "'\(extra)' is not allowed here")
        }
        return result
    }

    private var peek: Character? { position < characters.count ? characters[position] : nil }

    private func peek(_ offset: Int) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }

    // regExp ::= branch ( '|' branch )*
    private mutating func regExp() throws(PatternError) -> String {
        var branches = [try branch()]
        while peek == "|" {
            position += 1
            branches.append(try branch())
        }
        return branches.joined(separator: "|")
    }

    // branch ::= piece*
    private mutating func branch() throws(PatternError) -> String {
        var result = ""
        var first = true
        while let character = peek, character != "|", character != ")" {
            if character == "^" && first {
                throw PatternError("'^' at the start reads as an anchor, but in XML Schema it is an ordinary character and the whole value must match anyway: remove it, or write \\^ for the character")
            }
            if character == "$" && (peek(1) == nil || peek(1) == "|" || peek(1) == ")") {
                throw PatternError("'$' at the end reads as an anchor, but in XML Schema it is an ordinary character and the whole value must match anyway: remove it, or write [$] for the character")
            }
            result += try piece()
            first = false
        }
        return result
    }

    // piece ::= atom quantifier?
    private mutating func piece() throws(PatternError) -> String {
        let atom = try self.atom()
        guard let quantifier = try self.quantifier() else { return atom }
        if let next = peek, "?*+{".contains(next) {
            throw PatternError(next == "?" ? "lazy quantifiers ('\(quantifier)?') are not XML Schema syntax"
                : next == "+" ? "possessive quantifiers ('\(quantifier)+') are not XML Schema syntax"
                : "a quantifier ('\(next)') cannot follow another ('\(quantifier)')")
        }
        return atom + quantifier
    }

    private mutating func quantifier() throws(PatternError) -> String? {
        guard let character = peek else { return nil }
        switch character {
        case "?", "*", "+":
            position += 1
            return String(character)
        case "{":
            position += 1
            let minimum = digits()
            guard !minimum.isEmpty else { throw PatternError("'{' must start a quantity such as {2} or {1,3}") }
            var maximum: String?
            if peek == "," {
                position += 1
                maximum = digits()
            }
            guard peek == "}" else { throw PatternError("the quantity starting '{\(minimum)' has no closing '}'") }
            position += 1
            if let maximum, !maximum.isEmpty, let low = Int(minimum), let high = Int(maximum), low > high {
                throw PatternError("the quantity {\(minimum),\(maximum)} has its minimum above its maximum")
            }
            return "{" + minimum + (maximum.map { "," + $0 } ?? "") + "}"
        default:
            return nil
        }
    }

    private mutating func digits() -> String {
        var result = ""
        while let character = peek, character.isASCII, character.isNumber {
            result.append(character)
            position += 1
        }
        return result
    }

    // atom ::= Char | charClass | '(' regExp ')'
    private mutating func atom() throws(PatternError) -> String {
        guard let character = peek else { throw PatternError("the pattern ends where a character was expected") }
        switch character {
        case "(":
            position += 1
            if peek == "?" {
                throw PatternError("'(?' (lookaround, flags, named or non-capturing groups) is not XML Schema syntax")
            }
            let inner = try regExp()
            guard peek == ")" else { throw PatternError("a '(' has no closing ')'") }
            position += 1
            return "(?:" + inner + ")"
        case "[":
            return try characterClassExpression()
        case "\\":
            return try escape(inClass: false).expression
        case ".":
            position += 1
            return "[^\\n\\r]"
        case "?", "*", "+", "{":
            throw PatternError("'\(character)' has nothing to repeat: write \\\(character) for the character")
        case "}", "]":
            throw PatternError("'\(character)' must be escaped as \\\(character)")
        default:
            position += 1
            return Self.literal(character)
        }
    }

    /// An escape: the ICU expression for it and, for a single character, that character (ranges need it).
    private mutating func escape(inClass: Bool) throws(PatternError) -> (expression: String, single: Character?) {
        position += 1
        guard let character = peek else { throw PatternError("the pattern ends with a lone '\\'") }
        position += 1
        switch character {
        case "n": return ("\\n", "\n")
        case "r": return ("\\r", "\r")
        case "t": return ("\\t", "\t")
        case "\\", "|", ".", "?", "*", "+", "(", ")", "{", "}", "-", "[", "]", "^":
            return (Self.literal(character), character)
        case "s": return (inClass ? "\\x{20}\\t\\n\\r" : "[\\x{20}\\t\\n\\r]", nil)
        case "S": return ("[^\\x{20}\\t\\n\\r]", nil)
        case "d": return ("\\p{Nd}", nil)
        case "D": return ("\\P{Nd}", nil)
        case "w": return ("[^\\p{P}\\p{Z}\\p{C}]", nil)
        case "W": return ("[\\p{P}\\p{Z}\\p{C}]", nil)
        case "i": return ("[" + Self.nameStart + "]", nil)
        case "I": return ("[^" + Self.nameStart + "]", nil)
        case "c": return ("[" + Self.nameStart + Self.nameRest + "]", nil)
        case "C": return ("[^" + Self.nameStart + Self.nameRest + "]", nil)
        case "p", "P":
            return (try property(negated: character == "P"), nil)
        case "1"..."9":
            throw PatternError("backreferences ('\\\(character)') are not XML Schema syntax")
        default:
            throw PatternError("'\\\(character)' is not an XML Schema escape")
        }
    }

    // catEsc ::= '\p{' charProp '}'; charProp ::= IsCategory | IsBlock
    private mutating func property(negated: Bool) throws(PatternError) -> String {
        guard peek == "{" else { throw PatternError("'\\p' and '\\P' take a property in braces, such as \\p{Lu}") }
        position += 1
        var name = ""
        while let character = peek, character != "}" {
            name.append(character)
            position += 1
        }
        guard peek == "}" else { throw PatternError("'\\p{\(name)' has no closing '}'") }
        position += 1
        let letter = negated ? "P" : "p"
        if name.hasPrefix("Is"), name.count > 2 {
            let block = name.dropFirst(2)
            guard block.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw PatternError("'\(name)' is not a Unicode block name")
            }
            return "\\\(letter){Block=\(block)}"
        }
        guard Self.categories.contains(name) else { throw PatternError("'\(name)' is not a Unicode general category") }
        return "\\\(letter){\(name)}"
    }

    // charClassExpr ::= '[' charGroup ']'; charGroup ::= (posCharGroup | negCharGroup) ('-' charClassExpr)?
    private mutating func characterClassExpression() throws(PatternError) -> String {
        position += 1
        var negated = false
        if peek == "^" {
            negated = true
            position += 1
        }
        var items = ""
        var count = 0
        var subtraction: String?
        while true {
            guard let character = peek else { throw PatternError("a '[' has no closing ']'") }
            if character == "]" {
                position += 1
                break
            }
            if character == "-" {
                if peek(1) == "[" {
                    guard count > 0 else { throw PatternError("a subtraction needs a group to subtract from") }
                    position += 1
                    subtraction = try characterClassExpression()
                    guard peek == "]" else { throw PatternError("a subtracted class must end its character class") }
                    position += 1
                    break
                }
                guard count == 0 || peek(1) == "]" else {
                    throw PatternError("'-' in a character class must come first or last, or join a range such as a-z")
                }
                position += 1
                items += Self.literal("-")
                count += 1
                continue
            }
            if character == "[" { throw PatternError("'[' inside a character class must be escaped as \\[") }
            let start: (expression: String, single: Character?)
            if character == "\\" {
                start = try escape(inClass: true)
            } else {
                position += 1
                start = (Self.literal(character), character)
            }
            count += 1
            guard peek == "-", let next = peek(1), next != "[", next != "]" else {
                items += start.expression
                continue
            }
            guard let low = start.single else { throw PatternError("a range cannot start with a class escape such as \\d") }
            position += 1
            let end: Character
            if next == "\\" {
                guard let single = try escape(inClass: true).single else {
                    throw PatternError("a range cannot end with a class escape such as \\d")
                }
                end = single
            } else {
                guard next != "-" else { throw PatternError("'-' cannot end a range: write \\- for the character") }
                position += 1
                end = next
            }
            guard let lowScalar = low.unicodeScalars.first, let highScalar = end.unicodeScalars.first,
                  lowScalar.value <= highScalar.value else {
                throw PatternError("the range \(low)-\(end) runs backwards")
            }
            items += Self.literal(low) + "-" + Self.literal(end)
        }
        guard count > 0 else { throw PatternError("a character class is empty") }
        let group = "[" + (negated ? "^" : "") + items + "]"
        guard let subtraction else { return group }
        return "[" + group + "--" + subtraction + "]"
    }

    /// A character as ICU reads it literally, in or out of a class.
    private static func literal(_ character: Character) -> String {
        guard let scalar = character.unicodeScalars.first else { return "" }
        if scalar.isASCII, character.isLetter || character.isNumber { return String(character) }
        return "\\x{" + String(scalar.value, radix: 16) + "}"
    }

    // XML 1.0 (fifth edition) NameStartChar and the rest of NameChar, for \i and \c.
    private static let nameStart = "\\x{3A}A-Z_a-z\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{2FF}\\x{370}-\\x{37D}"
        + "\\x{37F}-\\x{1FFF}\\x{200C}-\\x{200D}\\x{2070}-\\x{218F}\\x{2C00}-\\x{2FEF}\\x{3001}-\\x{D7FF}"
        + "\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFFD}\\x{10000}-\\x{EFFFF}"
    private static let nameRest = "\\-.0-9\\x{B7}\\x{300}-\\x{36F}\\x{203F}-\\x{2040}"

    // IsCategory (XML Schema Part 2, F.1.1).
    private static let categories: Set<String> = [
        "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No",
        "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Z", "Zs", "Zl", "Zp",
        "S", "Sm", "Sc", "Sk", "So", "C", "Cc", "Cf", "Co", "Cn",
    ]
}
