using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace QuoteExtraction;

/// <summary>
/// One token: a span of the caller's text with its kind and flags. A small value type that holds
/// no string; read its text with <see cref="GetText(ReadOnlySpan{char})"/> from the original text.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
public readonly struct Token : IEquatable<Token>
{
    private readonly int _start;
    private readonly int _length;
    private readonly TokenFlags _flags;
    private readonly TokenKind _kind;
    private readonly QuoteMarkFamily _quoteFamily;
    private readonly QuoteMarkRole _quoteRole;
    private readonly byte _cliticLength;

    internal Token(int start, int length, TokenKind kind, TokenFlags flags,
        QuoteMarkFamily quoteFamily = QuoteMarkFamily.None, QuoteMarkRole quoteRole = QuoteMarkRole.None, int cliticLength = 0)
    {
        _start = start;
        _length = length;
        _kind = kind;
        _flags = flags;
        _quoteFamily = quoteFamily;
        _quoteRole = quoteRole;
        _cliticLength = (byte)cliticLength;
    }

    /// <summary>Where the token is in the original text.</summary>
    public TextSpan Span
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_start, _length);
    }

    /// <summary>Index of the token's first code unit.</summary>
    public int Start => _start;

    /// <summary>Index just past the token's last code unit.</summary>
    public int End
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _start + _length;
    }

    /// <summary>Number of code units.</summary>
    public int Length => _length;

    /// <summary>What the token is.</summary>
    public TokenKind Kind => _kind;

    /// <summary>Facts about the token; the sentence and paragraph starts only in the tokens of an <see cref="ArticleAnalysis"/>.</summary>
    public TokenFlags Flags => _flags;

    /// <summary>For a quotation mark, its family; otherwise <see cref="QuoteMarkFamily.None"/>.</summary>
    public QuoteMarkFamily QuoteFamily => _quoteFamily;

    /// <summary>For a quotation mark, whether it opens or closes; otherwise <see cref="QuoteMarkRole.None"/>.</summary>
    public QuoteMarkRole QuoteRole => _quoteRole;

    /// <summary>
    /// The contracted or possessive ending of an English word (<c>n't</c> in <c>don't</c>, <c>'s</c> in
    /// <c>Arafat's</c>, <c>'</c> in <c>students'</c>); empty otherwise. The token keeps its boundaries.
    /// </summary>
    public TextSpan Clitic
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(End - _cliticLength, _cliticLength);
    }

    /// <summary>The token without its <see cref="Clitic"/> (<c>do</c> in <c>don't</c>); the whole token when there is none.</summary>
    public TextSpan Stem
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(_start, _length - _cliticLength);
    }

    /// <summary>True when every flag in <paramref name="flags"/> is set.</summary>
    /// <param name="flags">The flags to test.</param>
    /// <returns>Whether all of them are set.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(TokenFlags flags) => (_flags & flags) == flags;

    /// <summary>The token's text, read from the original text without copying.</summary>
    /// <param name="source">The text that was tokenized.</param>
    /// <returns>The slice of <paramref name="source"/> the token covers.</returns>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> source) => source.Slice(_start, _length);

    internal Token WithFlags(TokenFlags flags) =>
        new(_start, _length, _kind, _flags | flags, _quoteFamily, _quoteRole, _cliticLength);

    internal Token WithQuoteRole(QuoteMarkRole role) =>
        new(_start, _length, _kind, _flags, _quoteFamily, role, _cliticLength);

    /// <inheritdoc/>
    public bool Equals(Token other) =>
        _start == other._start && _length == other._length && _kind == other._kind && _flags == other._flags
        && _quoteFamily == other._quoteFamily && _quoteRole == other._quoteRole && _cliticLength == other._cliticLength;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_start, _length, _kind, _flags, _quoteRole);

    /// <summary>Compares two tokens for equality.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Compares two tokens for inequality.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{_kind} {Span}";
}
