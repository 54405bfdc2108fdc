using System.Security.Cryptography;
using System.Text;
using Conversational.Bots.Commerce.Faq;
using Conversational.Commands;

namespace Conversational.Bots.Conversations;

/// <summary>
/// The values of the buttons the conversation shows, what a pressed button means, and which button a typed answer
/// names. A confirmation's buttons carry a token of the request they were shown for, so an old button never confirms a
/// newer request; values stay far below Telegram's 64 bytes of callback data.
/// </summary>
internal static class ChoiceReader
{
    public const string Accept = "accept";
    public const string Later = "later";
    public const string More = "more";
    public const string Erase = "erase";
    public const string Keep = "keep";

    public static string Confirm(TransferIntent intent) => "confirm:" + Token(intent);

    public static string Cancel(TransferIntent intent) => "cancel:" + Token(intent);

    /// <summary>The command a pressed button stands for, or null when the button is stale (its question is over).</summary>
    public static Command? Read(string choice, ConversationData data, Language language)
    {
        var current = data.Intent is { } intent ? Token(intent) : null;
        return choice switch
        {
            _ when current is not null && choice == "confirm:" + current => new ConfirmCommand(language),
            _ when current is not null && choice == "cancel:" + current => new CancelCommand(language),
            Accept when data.State == ConversationState.AwaitingClaimAnswer => new ConfirmCommand(language),
            Later when data.State == ConversationState.AwaitingClaimAnswer => new CancelCommand(language),
            More when data.State == ConversationState.ReadingHistory => new MoreCommand(language),
            Erase when data.State == ConversationState.ConfirmingDeletion => new ConfirmCommand(language),
            Keep when data.State == ConversationState.ConfirmingDeletion => new CancelCommand(language),
            _ => null,
        };
    }

    /// <summary>
    /// The value of the button a typed answer names: its label in any of the languages given (case, accents, Arabic
    /// letter forms and digits folded; "Pay", "payer", "دفع"), or, when <paramref name="byNumber"/>, its place among the
    /// buttons <paramref name="shown"/> ("1", "١"). Null when it names none, or two that differ.
    /// </summary>
    public static string? Typed(string text, IReadOnlyList<ReplyChoice> shown, IEnumerable<ReplyChoice> labels, bool byNumber)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(labels);
        var typed = FoldLabel(text);
        if (typed.Length == 0)
        {
            return null;
        }
        if (byNumber)
        {
            var digits = typed.TrimStart('#');
            return digits.Length is > 0 and <= 3 && digits.All(char.IsAsciiDigit) && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is var n
                && n >= 1 && n <= shown.Count
                ? shown[n - 1].Value
                : null;
        }
        var named = labels.Where(c => FoldLabel(c.Label) == typed).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>A label or an answer as compared: folded as the parser folds words, end punctuation and extra spaces dropped.</summary>
    private static string FoldLabel(string text) =>
        string.Join(' ', FaqText.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', '!', '?', '؟', ')', ' ');

    /// <summary>8 hex characters of a hash of the transfer id: enough to tell requests apart, revealing nothing.</summary>
    private static string Token(TransferIntent intent) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(intent.TransferId)).AsSpan(0, 4));
}
