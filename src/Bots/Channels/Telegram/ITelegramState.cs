namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// What the Telegram adapter keeps between requests, in memory or in Redis (shared by every instance): the value behind
/// each inline button. callback_data is at most 64 bytes and travels through the person's client, so a button carries
/// only "c:" + a short hash of its value and the value stays here, per chat, for <see cref="ChoiceLifetime"/>. A forged
/// or expired token finds nothing. (Updates already handled are known by the conversation store, which keeps each
/// message's replies for 7 days, longer than Telegram's 24 hours of redelivery.)
/// </summary>
public interface ITelegramState
{
    /// <summary>How long a button's value is kept (as long as the conversation keeps a message's replies).</summary>
    static readonly TimeSpan ChoiceLifetime = TimeSpan.FromDays(7);

    Task RememberChoiceAsync(string chat, string token, string value, CancellationToken cancellationToken = default);

    /// <summary>The value behind a button token of this chat, or null when unknown or expired.</summary>
    Task<string?> FindChoiceAsync(string chat, string token, CancellationToken cancellationToken = default);
}
