namespace QuoteExtraction;

/// <summary>
/// The form of an indirect quote's content: news conventions differ on which forms count as reported speech (some
/// count <c>promised to build a wall</c>, others only clauses), so a user can keep the forms theirs counts.
/// </summary>
public enum ReportedForm : byte
{
    /// <summary>A clause: <c>said that the talks would go on</c>, <c>…, she said</c>, <c>asked whether …</c>, <c>according to X, …</c>.</summary>
    Clause,

    /// <summary>An infinitive, with the verb's object before it: <c>promised to build a wall</c>, <c>urged voters to stay home</c>, <c>a promis de …</c>.</summary>
    Infinitive,

    /// <summary>A noun phrase, the object of a speech verb: <c>criticized the council for closing the bridge</c>, <c>called for an inquiry</c>.</summary>
    NounPhrase,
}
