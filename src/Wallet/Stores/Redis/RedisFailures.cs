using StackExchange.Redis;

namespace Conversational.Wallet;

/// <summary>
/// Which Redis errors mean "no answer, the outcome is unknown": they become <see cref="LedgerUnavailableException"/>,
/// which the caller settles by retrying with the same id. Anything else (a script bug, a wrong type) is a real
/// failure and is thrown as it is.
/// </summary>
internal static class RedisFailures
{
    /// <summary>
    /// Server errors that mean "not now": loading the data set, busy with a long script, a cluster slot moving or
    /// down, a replica or a primary that cannot take writes, out of memory, too few replicas. None of them runs the
    /// command, but they are still reported as unknown: the retry with the same id is what settles it.
    /// </summary>
    private static readonly string[] NotNow =
        ["LOADING", "BUSY", "TRYAGAIN", "READONLY", "MASTERDOWN", "CLUSTERDOWN", "OOM", "NOREPLICAS"];

    /// <summary>The same errors as StackExchange.Redis classifies them (3.x), plus a full client list.</summary>
    private static readonly RedisErrorKind[] NotNowKinds =
    [
        RedisErrorKind.Loading, RedisErrorKind.Busy, RedisErrorKind.TryAgain, RedisErrorKind.ReadOnly, RedisErrorKind.MasterDown,
        RedisErrorKind.ClusterDown, RedisErrorKind.OutOfMemory, RedisErrorKind.NoReplicas, RedisErrorKind.MaxClients,
    ];

    public static bool MeansUnavailable(Exception exception) => exception switch
    {
        RedisConnectionException or RedisTimeoutException => true,
        RedisServerException server => NotNowKinds.Contains(server.Kind) || NotNow.Any(code => IsCode(server.Message, code)),
        _ => false,
    };

    /// <summary>Awaits a Redis call, turning "no answer" into <see cref="LedgerUnavailableException"/>.</summary>
    public static async Task<T> AnswerAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await call().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (MeansUnavailable(e))
        {
            throw new LedgerUnavailableException($"Redis did not answer ({e.GetType().Name}): {e.Message}", e);
        }
    }

    private static bool IsCode(string message, string code) =>
        message.StartsWith(code, StringComparison.Ordinal)
        && (message.Length == code.Length || message[code.Length] == ' ');
}
