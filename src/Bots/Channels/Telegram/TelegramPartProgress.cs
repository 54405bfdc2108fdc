using Conversational.Bots.Conversations;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// How many parts of a long Telegram reply a chat already got (<see cref="StoredPartProgress{TState}"/> over
/// <see cref="ITelegramState"/>). A part whose try got no answer (a timeout, a 5xx) is sent again: the Bot API cannot be
/// asked whether it went, so that one part may show twice.
/// </summary>
internal static class TelegramPartProgress
{
    public static StoredPartProgress<int> For(ITelegramState state, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.FindPartsSentAsync, state.RememberPartsSentAsync, state.ForgetPartsSentAsync, "Telegram", logger);
    }

    /// <summary>A reply's hash: its text, each button's label and value, and the lengths of its parts.</summary>
    public static string Hash(OutboundReply reply, IReadOnlyList<string> parts)
    {
        ArgumentNullException.ThrowIfNull(reply);
        using var hash = new PartHash();
        hash.Add(reply.Text).Add(reply.Choices.Count);
        foreach (var choice in reply.Choices)
        {
            hash.Add(choice.Label).Add(choice.Value);
        }
        return hash.AddLengths(parts).Hex();
    }
}
