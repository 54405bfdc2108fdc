using Conversational.Commands.Keywords;
using Conversational.Commands.Syntax;

namespace Conversational.Commands;

public static partial class CommandParser
{
    private const int MaxQuantity = 999;

    /// <summary>"buy GAME42", "acheter 2 mugs bleus", "buy the blue mug x2": a product and maybe a quantity.</summary>
    private static ParseResult ParseBuy(string text, Head head, Language language, ParseContext context)
    {
        int? quantity = null;
        int productStart = -1, productEnd = -1;
        var i = head.End;
        while ((i = Chars.SkipSpaces(text, i)) < text.Length)
        {
            var end = Chars.WordEnd(text, i);
            var word = TrimPunctuation(text.AsSpan(i, end - i));
            if (TryReadQuantity(word, out var count) && (quantity is null))
            {
                if (count is < 1 or > MaxQuantity)
                {
                    return new ParseError(ParseErrorCode.QuantityInvalid, language, CommandKind.Buy, word.ToString());
                }
                quantity = count;
            }
            else if (productStart < 0 && Words.Determiners.Contains(word))
            {
                // "the", "une": not part of the product's name
            }
            else if (!word.IsEmpty)
            {
                var elided = productStart < 0 && IsElidedArticle(word) ? 2 : 0;   // "l'affiche"
                productStart = productStart < 0 ? i + elided : productStart;
                productEnd = i + word.Length;
            }
            i = end;
        }
        if (productStart < 0)
        {
            return head.Explicit
                ? new ParseError(ParseErrorCode.ProductMissing, language, CommandKind.Buy)
                : Question(text, context);
        }
        return new BuyCommand(language, new TextSlice(text, productStart, productEnd - productStart, SliceCase.Upper),
            quantity);
    }

    /// <summary>"2", "x2", "2x", "×2", "٢".</summary>
    private static bool TryReadQuantity(ReadOnlySpan<char> word, out int quantity)
    {
        quantity = 0;
        if (word.Length > 1 && word[0] is 'x' or 'X' or '×')
        {
            word = word[1..];
        }
        else if (word.Length > 1 && word[^1] is 'x' or 'X' or '×')
        {
            word = word[..^1];
        }
        if (word.IsEmpty)
        {
            return false;
        }
        foreach (var c in word)
        {
            var digit = Chars.DigitValue(c);
            if (digit < 0)
            {
                return false;
            }
            // Any run of digits is a quantity ("x12345" is one, refused); past the limit its value no longer matters.
            quantity = Math.Min((quantity * 10) + digit, MaxQuantity + 1);
        }
        return true;
    }

    private static bool IsElidedArticle(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[0] is 'l' or 'L' or 'd' or 'D' && word[1] is '\'' or '’';
}
