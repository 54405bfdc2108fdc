using Conversational.Bots.Commerce.Stores;

namespace Conversational.Bots.Tests.Commerce.Stores;

/// <summary>The cart timers contract on <see cref="InMemoryCartTimers"/>; a second instance is the same object (one
/// process).</summary>
public sealed class InMemoryCartTimersContractTests : CartTimersContractTests
{
    protected override ICartTimers Create() => new InMemoryCartTimers();

    protected override Task<ICartTimers> SecondInstanceAsync(ICartTimers first) => Task.FromResult(first);
}
