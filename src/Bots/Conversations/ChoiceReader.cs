using System.Security.Cryptography;
using System.Text;
using Conversational.Commands;

namespace Conversational.Bots.Conversations;

/// <summary>
/// The values of the buttons the conversation shows, and what a pressed button means. A confirmation's buttons
/// carry a token of the request they were shown for, so an old button never confirms a newer request; values stay
/// far below Telegram's 64 bytes of callback data.
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

    /// <summary>8 hex characters of a hash of the transfer id: enough to tell requests apart, revealing nothing.</summary>
    private static string Token(TransferIntent intent) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(intent.TransferId)).AsSpan(0, 4));
}
