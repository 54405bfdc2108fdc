using System.Collections.Concurrent;
using Conversational.Bots.Conversations;

namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// The choices of the last reply sent to each SMS/WhatsApp identity, in this instance's memory only, so that an
/// answer "2" can press the second one. Memory is enough: when it is lost (restart, another instance) the number
/// goes to the engine as text, and the engine's purchase steps already read a number as the n-th choice of the step
/// it is at (stored in the conversation). So a number is turned into a button value only for choices outside the
/// purchase steps (confirm/cancel a deletion, accept a claim, FAQ...); for purchase choices ("p:…") the number is
/// passed as text, which the engine reads against its own stored state and cannot go stale.
/// </summary>
public sealed class SmsChoiceMemory
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, IReadOnlyList<ReplyChoice>> _last = new(StringComparer.Ordinal);

    /// <summary>Remembers the choices of the last of these replies that has any (or forgets them when none has).</summary>
    public void Remember(ChannelIdentity identity, IReadOnlyList<OutboundReply> replies)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.LastOrDefault(r => r.Choices.Count > 0) is { } withChoices)
        {
            if (_last.Count >= MaxEntries)
            {
                _last.Clear();
            }
            _last[identity.Key] = withChoices.Choices;
        }
        else if (replies.Count > 0)
        {
            _last.TryRemove(identity.Key, out _);
        }
    }

    /// <summary>The value of the button an answer "N" presses, or null when the number should go as text.</summary>
    public string? ChoiceFor(ChannelIdentity identity, string text)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (!int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            || !_last.TryGetValue(identity.Key, out var choices) || n < 1 || n > choices.Count)
        {
            return null;
        }
        var value = choices[n - 1].Value;
        return value.StartsWith("p:", StringComparison.Ordinal) ? null : value;
    }
}
