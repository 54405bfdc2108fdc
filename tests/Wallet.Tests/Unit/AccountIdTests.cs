namespace Conversational.Wallet.Tests.Unit;

public sealed class AccountIdTests
{
    [Theory]
    [InlineData("person:alice", AccountKind.Person, "alice")]
    [InlineData("charity:restos", AccountKind.Charity, "restos")]
    [InlineData("merchant:demoshop", AccountKind.Merchant, "demoshop")]
    [InlineData("person:+33612345678", AccountKind.Person, "+33612345678")]
    [InlineData("person:élodie", AccountKind.Person, "élodie")]
    [InlineData("system:fees", AccountKind.System, "fees")]
    [InlineData("system:funding", AccountKind.System, "funding")]
    [InlineData("system:pending", AccountKind.System, "pending")]
    [InlineData("system:carrier:orange", AccountKind.System, "carrier:orange")]
    public void An_id_reads_back_with_its_kind_and_name(string text, AccountKind kind, string name)
    {
        var id = AccountId.Parse(text);

        Assert.Equal((text, kind, name), (id.Value, id.Kind, id.Name));
        Assert.Equal(id, AccountId.TryParse(id.ToString()));
    }

    [Fact]
    public void The_factories_write_the_kind_into_the_id()
    {
        Assert.Equal(AccountId.Parse("person:alice"), AccountId.Person("alice"));
        Assert.Equal(AccountId.Parse("charity:restos"), AccountId.Charity("restos"));
        Assert.Equal(AccountId.Parse("merchant:shop"), AccountId.Merchant("shop"));
        Assert.Equal(AccountId.Parse("system:carrier:sfr"), AccountId.Carrier("sfr"));
        Assert.Equal(AccountId.Fees, AccountId.Parse("system:fees"));
        Assert.Equal(AccountId.Funding, AccountId.Parse("system:funding"));
        Assert.Equal(AccountId.PendingClaims, AccountId.Parse("system:pending"));
        Assert.NotEqual(AccountId.Person("shop"), AccountId.Merchant("shop"));
        Assert.Equal(AccountId.Person("alice").GetHashCode(), AccountId.Parse("person:alice").GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("alice")]
    [InlineData("person:")]
    [InlineData("Person:alice")]
    [InlineData("person:a b")]
    [InlineData("person:a\tb")]
    [InlineData("person:a|b")]
    [InlineData("person:{a}")]
    [InlineData("person:a\u0001")]
    [InlineData("system:other")]
    [InlineData("system:carrier:")]
    [InlineData("bank:alice")]
    public void Anything_else_is_not_an_account_id(string text)
    {
        Assert.Null(AccountId.TryParse(text));
        Assert.Throws<FormatException>(() => AccountId.Parse(text));
    }

    [Fact]
    public void Null_is_not_an_account_id() => Assert.Null(AccountId.TryParse(null));

    [Fact]
    public void A_name_is_at_most_a_hundred_characters()
    {
        var longest = new string('a', AccountId.MaxNameLength);

        Assert.Equal(longest, AccountId.Person(longest).Name);
        Assert.Null(AccountId.TryParse("person:" + longest + "a"));
        Assert.Throws<ArgumentException>(() => AccountId.Person(longest + "a"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("a|b")]
    [InlineData("{tag}")]
    public void The_factories_refuse_an_unusable_name(string name)
    {
        Assert.Throws<ArgumentException>(() => AccountId.Person(name));
        Assert.Throws<ArgumentException>(() => AccountId.Charity(name));
        Assert.Throws<ArgumentException>(() => AccountId.Merchant(name));
        Assert.Throws<ArgumentException>(() => AccountId.Carrier(name));
        Assert.False(AccountId.IsValidName(name));
    }
}
