namespace Conversational.Wallet.Tests.Support;

/// <summary>Assertions on a <see cref="MovementResult"/> that give back the part the test goes on with.</summary>
public static class Outcomes
{
    /// <summary>Asserts the movement completed (and is not a replay) and gives its receipt.</summary>
    public static Receipt ShouldComplete(this MovementResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.Status == MovementStatus.Completed, $"Expected a completed movement, got {result} ({result.Rejection}).");
        Assert.False(result.Replayed, $"Expected a first execution, got a replay: {result}.");
        return Assert.IsType<Receipt>(result.Receipt);
    }

    /// <summary>Asserts the movement was rejected for <paramref name="reason"/> and gives the rejection.</summary>
    public static Rejection ShouldBeRejected(this MovementResult result, RejectionReason reason)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.Status == MovementStatus.Rejected && result.Rejection?.Reason == reason,
            $"Expected a rejection for {reason}, got {result} ({result.Rejection}).");
        Assert.False(result.Replayed, $"Expected a first execution, got a replay: {result}.");
        Assert.Null(result.Receipt);
        return Assert.IsType<Rejection>(result.Rejection);
    }

    /// <summary>Asserts the result is the replay of a recorded rejection for <paramref name="reason"/> and gives it.</summary>
    public static Rejection ShouldBeRejectedReplay(this MovementResult result, RejectionReason reason)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.Replayed, $"Expected a replay, got a first execution: {result}.");
        Assert.True(result.Status == MovementStatus.Rejected && result.Rejection?.Reason == reason,
            $"Expected a rejection for {reason}, got {result} ({result.Rejection}).");
        return Assert.IsType<Rejection>(result.Rejection);
    }
}
