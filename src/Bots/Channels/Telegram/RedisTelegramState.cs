using StackExchange.Redis;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// <see cref="ITelegramState"/> in Redis: one string per button value, with its expiry,
/// under the prefix <c>tg:</c>.
/// </summary>
public sealed class RedisTelegramState(IConnectionMultiplexer redis) : ITelegramState
{
    private IDatabase Db => redis.GetDatabase();

    public async Task RememberChoiceAsync(string chat, string token, string value, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Db.StringSetAsync("tg:choice:" + chat + ":" + token, value, ITelegramState.ChoiceLifetime)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> FindChoiceAsync(string chat, string token, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var value = await Db.StringGetAsync("tg:choice:" + chat + ":" + token).WaitAsync(cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : (string?)value;
    }
}
