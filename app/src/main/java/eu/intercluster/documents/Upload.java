package eu.intercluster.documents;

/** One uploaded file: its name as given by the browser and its bytes. */
public record Upload(String fileName, byte[] bytes) {}
