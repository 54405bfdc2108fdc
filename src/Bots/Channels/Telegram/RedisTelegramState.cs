using System.Globalization;
using StackExchange.Redis;

namespace Conversational.Bots.Channels.Telegram;

/// <summary>
/// <see cref="ITelegramState"/> in Redis, under the prefix <c>tg:</c>: one string per button value, and one per chat
/// with the parts sent of a long reply (<c>&lt;reply hash&gt;|&lt;parts&gt;</c>), each with its expiry.
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

    public async Task RememberPartsSentAsync(string chat, string reply, int parts, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Db.StringSetAsync(PartsKey(chat), reply + "|" + parts.ToString(CultureInfo.InvariantCulture), ITelegramState.PartsLifetime)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> FindPartsSentAsync(string chat, string reply, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var value = await Db.StringGetAsync(PartsKey(chat)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return PartsSent(value.IsNull ? null : (string?)value, reply);
    }

    public async Task ForgetPartsSentAsync(string chat, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await Db.KeyDeleteAsync(PartsKey(chat)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The parts a stored "&lt;reply hash&gt;|&lt;parts&gt;" gives this reply: 0 for another reply, or anything unreadable.</summary>
    internal static int PartsSent(string? stored, string reply) =>
        stored is not null && stored.Length > reply.Length + 1 && stored.StartsWith(reply, StringComparison.Ordinal) && stored[reply.Length] == '|'
        && int.TryParse(stored.AsSpan(reply.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var parts) ? parts : 0;

    private static RedisKey PartsKey(string chat) => "tg:parts:" + chat;
}
