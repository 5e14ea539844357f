package finacct.infra;

import java.nio.file.Path;

/** Runs an on-disk {@link EmbeddedMongo} in a child JVM until it is killed; prints {@code PORT <n>} when up. */
public final class MongoOnDiskChild {

    private MongoOnDiskChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongo mongo = EmbeddedMongo.startOnDisk(Path.of(args[0]), "localhost", 0);
        System.out.println("PORT " + mongo.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
