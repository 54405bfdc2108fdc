namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// What the Telegram adapter keeps between requests, in memory or in Redis (shared by every instance):
/// <list type="bullet">
/// <item>the value behind each inline button. callback_data is at most 64 bytes and travels through the person's
/// client, so a button carries only "c:" + a short hash of its value and the value stays here, per chat, for
/// <see cref="ChoiceLifetime"/>. A forged or expired token finds nothing.</item>
/// <item>the updates already handled, by bot and update_id, for <see cref="UpdateLifetime"/> (Telegram gives up on an
/// update after 24 hours): a redelivery is answered 200 and neither moves anything nor queues its replies twice.</item>
/// </list>
/// </summary>
public interface ITelegramState
{
    /// <summary>How long a button's value is kept (as long as the conversation keeps a message's replies).</summary>
    static readonly TimeSpan ChoiceLifetime = TimeSpan.FromDays(7);

    /// <summary>How long a handled update is remembered.</summary>
    static readonly TimeSpan UpdateLifetime = TimeSpan.FromDays(2);

    Task RememberChoiceAsync(string chat, string token, string value, CancellationToken cancellationToken = default);

    /// <summary>The value behind a button token of this chat, or null when unknown or expired.</summary>
    Task<string?> FindChoiceAsync(string chat, string token, CancellationToken cancellationToken = default);

    Task<bool> IsHandledAsync(string update, CancellationToken cancellationToken = default);

    Task MarkHandledAsync(string update, CancellationToken cancellationToken = default);
}
