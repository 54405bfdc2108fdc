namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// What the Telegram adapter keeps between requests, in memory or in Redis (shared by every instance): the value behind
/// each inline button, and how far the sending of a long reply got. callback_data is at most 64 bytes and travels
/// through the person's client, so a button carries only "c:" + a short hash of its value and the value stays here, per
/// chat, for <see cref="ChoiceLifetime"/>. A forged or expired token finds nothing. (Updates already handled are known
/// by the conversation store, which keeps each message's replies for 7 days, longer than Telegram's 24 hours of
/// redelivery.) A reply sent as several messages is known by a hash of its text and keyboard
/// (<see cref="TelegramPartProgress"/>), one per chat, for <see cref="PartsLifetime"/> after its last part went.
/// </summary>
public interface ITelegramState
{
    /// <summary>How long a button's value is kept (as long as the conversation keeps a message's replies).</summary>
    static readonly TimeSpan ChoiceLifetime = TimeSpan.FromDays(7);

    /// <summary>How long the parts sent of a long reply are remembered after the last of them went.</summary>
    static readonly TimeSpan PartsLifetime = TimeSpan.FromHours(1);

    Task RememberChoiceAsync(string chat, string token, string value, CancellationToken cancellationToken = default);

    /// <summary>The value behind a button token of this chat, or null when unknown or expired.</summary>
    Task<string?> FindChoiceAsync(string chat, string token, CancellationToken cancellationToken = default);

    /// <summary>Records that this chat got the first <paramref name="parts"/> parts of the reply with this hash (replacing
    /// what was recorded for the chat), for <see cref="PartsLifetime"/>.</summary>
    Task RememberPartsSentAsync(string chat, string reply, int parts, CancellationToken cancellationToken = default);

    /// <summary>How many parts of the reply with this hash the chat got: 0 when unknown, expired, or another reply's.</summary>
    Task<int> FindPartsSentAsync(string chat, string reply, CancellationToken cancellationToken = default);

    /// <summary>Forgets the parts sent to this chat, whatever the reply.</summary>
    Task ForgetPartsSentAsync(string chat, CancellationToken cancellationToken = default);
}
