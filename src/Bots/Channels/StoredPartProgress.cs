using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Conversational.Bots.Channels;

/// <summary>
/// Where the sending of a long outbox message (sent as several parts) stands, per recipient, kept in the channel's state
/// (Redis when configured, so a restarted or second instance resumes at the part that failed) while the outbox retries
/// the message, which stays first in its queue until sent. The message is known by a hash of its content, so the same
/// text queued again later is sent whole once the progress was forgotten (before its last part goes, or when dropped).
/// A store that does not answer makes the progress unknown: the message is then sent from its first part (the outbox's
/// "maybe twice, never zero times"). A progress that could not be forgotten before the last part went makes this
/// instance stop trusting the recipient's stored progress (<see cref="Distrust"/>) until it saves or forgets one, rather
/// than send parts again at every retry while the store fails.
/// </summary>
/// <typeparam name="TState">What is kept per recipient (the number of parts sent, or more).</typeparam>
internal sealed class StoredPartProgress<TState>(
    Func<string, string, CancellationToken, Task<TState>> find,
    Func<string, string, TState, CancellationToken, Task> save,
    Func<string, CancellationToken, Task> forget,
    string channel,
    ILogger logger)
    where TState : struct
{
    private const int MaxDistrusted = 10_000;
    private readonly ConcurrentDictionary<string, byte> _distrusted = new(StringComparer.Ordinal);

    /// <summary>Where the sending of this message (its hash) to this recipient stands (default when unknown); <c>Known</c>
    /// is false when the store did not answer, so a progress may be stored all the same.</summary>
    public async Task<(TState State, bool Known)> ResumeAsync(string recipient, string message, CancellationToken cancellationToken)
    {
        try
        {
            if (_distrusted.ContainsKey(recipient))
            {
                // What the store holds for this recipient may be a message sent whole since: it goes first.
                await forget(recipient, cancellationToken).ConfigureAwait(false);
                _distrusted.TryRemove(recipient, out _);
                return (default, true);
            }
            return (await find(recipient, message, cancellationToken).ConfigureAwait(false), true);
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            PartProgressLog.StoreFailed(logger, "read", channel, e);
            return (default, false);
        }
    }

    /// <summary>Records where the sending stands; a store that does not answer only means some parts may be sent again.</summary>
    public async Task SaveAsync(string recipient, string message, TState state, CancellationToken cancellationToken)
    {
        try
        {
            await save(recipient, message, state, cancellationToken).ConfigureAwait(false);
            _distrusted.TryRemove(recipient, out _);
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            PartProgressLog.StoreFailed(logger, "save", channel, e);
        }
    }

    /// <summary>Forgets the recipient's progress: false when the store did not answer (it may still be there: the caller
    /// waits, or goes on and calls <see cref="Distrust"/>).</summary>
    public async Task<bool> TryForgetAsync(string recipient, CancellationToken cancellationToken)
    {
        try
        {
            await forget(recipient, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            PartProgressLog.StoreFailed(logger, "forget", channel, e);
            return false;
        }
    }

    /// <summary>The recipient's progress could not be forgotten and the message was sent or dropped all the same: until a
    /// progress is saved or forgotten, this instance does not resume from what the store holds for the recipient.
    /// (Another instance, or this one after a restart, would within the hour, if the same text came again.)</summary>
    public void Distrust(string recipient)
    {
        if (_distrusted.Count >= MaxDistrusted)
        {
            _distrusted.Clear();
        }
        _distrusted[recipient] = 0;
    }

    /// <summary>Redis did not answer or refused (RedisTimeoutException is a TimeoutException); a cancellation is not one.</summary>
    private static bool IsStoreFailure(Exception e) => e is RedisException or TimeoutException;
}

internal static partial class PartProgressLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Operation} where the sending of a long {Channel} message stands; some parts may be sent twice")]
    public static partial void StoreFailed(ILogger logger, string operation, string channel, Exception exception);
}
