namespace Functions.TestSupport.CloudApi;

/// <summary>An emulated version and its share of traffic.</summary>
/// <param name="name">The version.</param>
/// <param name="image">Its image.</param>
public sealed class CloudRunVersion(string name, string image)
{
    public string Name { get; } = name;

    public string Image { get; } = image;

    public int Percent { get; set; }
}
