package io.sqlassist.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Creates a deterministic sample e-commerce DuckDB database (categories, suppliers, products, customers,
 * orders, order_items, payments, reviews) covering the two years that end at a given date.
 *
 * <p>All events are generated on a virtual time axis of {@value #VIRTUAL_DAYS} days that does not depend on the
 * end date; only the final mapping from virtual time to calendar dates does (it also adds the November/December
 * peak). Hence the same seed and end date give identical data, and a different end date changes nothing but dates.
 */
public final class SampleDataset {

    public static final long SEED = 20_240_917L;

    private static final double VIRTUAL_DAYS = 730;
    private static final int BLOCK_SIZE = 16_384;
    private static final int CUSTOMER_COUNT = 2_000;
    private static final int LAUNCH_CUSTOMER_COUNT = 300;
    private static final int ORDER_COUNT = 10_000;
    private static final int REVIEW_COUNT = 4_000;
    /** The order rate at the end of the window is (1 + GROWTH) times the rate at its start. */
    private static final double GROWTH = 1.5;
    private static final BigDecimal FREE_SHIPPING_FROM = new BigDecimal("75.00");
    private static final BigDecimal INTERNATIONAL_SHIPPING = new BigDecimal("14.99");
    private static final List<BigDecimal> DOMESTIC_SHIPPING = money("4.99", "5.99", "7.99", "9.99");
    private static final BigDecimal MIN_PRICE = new BigDecimal("0.99");
    private static final BigDecimal MAX_PRICE = new BigDecimal("1999.00");
    private static final double[] VARIANT_PRICE_FACTORS = {0.8, 1.0, 1.3};
    private static final List<String> EMAIL_DOMAINS = List.of("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me");
    private static final List<String> PAYMENT_METHODS = List.of("credit_card", "paypal", "bank_transfer", "gift_card");
    private static final List<List<String>> REVIEW_TITLES = List.of(
            List.of("Terrible", "Broke after a week", "Waste of money", "Do not buy"),
            List.of("Disappointing", "Not great", "Below expectations"),
            List.of("It's okay", "Average", "Does the job", "Decent for the price"),
            List.of("Very good", "Works well", "Good quality", "Happy with it", "Nice product"),
            List.of("Excellent!", "Love it", "Highly recommend", "Perfect", "Exceeded my expectations", "Great value"));

    private SampleDataset() {
    }

    /** Writes a new database to {@code file}, replacing an existing one atomically. */
    public static void create(Path file, LocalDate endDate) throws SQLException, IOException {
        Path target = file.toAbsolutePath();
        Path temp = buildInTempFile(target, endDate);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates the database only when {@code file} does not exist yet; returns whether this call created it. */
    public static boolean ensure(Path file, LocalDate endDate) {
        Path target = file.toAbsolutePath();
        if (Files.exists(target)) {
            return false;
        }
        try {
            Path temp = buildInTempFile(target, endDate);
            try {
                return publishWithoutReplacing(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not create sample database " + target, e);
        }
    }

    private static boolean publishWithoutReplacing(Path temp, Path target) throws IOException {
        try {
            // Unlike a rename, creating a link fails when the target exists, so a concurrent winner is never replaced.
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links on this file system: fall back to a rename, which may replace an identical concurrent copy.
            if (Files.exists(target)) {
                return false;
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }

    private static Path buildInTempFile(Path target, LocalDate endDate) throws IOException, SQLException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Path wal = temp.resolveSibling(temp.getFileName() + ".wal");
        try {
            write(temp, new Generator().generate(), new Timeline(endDate));
            return temp;
        } catch (SQLException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        } finally {
            Files.deleteIfExists(wal);
        }
    }

    // ---------------------------------------------------------------- schema

    private record Column(String name, String definition, String comment) {
    }

    private record Table(String name, String comment, List<Column> columns) {
    }

    private static final List<Table> SCHEMA = List.of(
            new Table("categories", "Product categories (departments) that group the catalogue", List.of(
                    new Column("category_id", "INTEGER PRIMARY KEY", "Unique category identifier"),
                    new Column("name", "VARCHAR NOT NULL", "Category name, e.g. Electronics, Books or Garden"),
                    new Column("description", "VARCHAR", "Short description of the products in the category"))),
            new Table("suppliers", "Suppliers (vendors, manufacturers) that provide the products", List.of(
                    new Column("supplier_id", "INTEGER PRIMARY KEY", "Unique supplier identifier"),
                    new Column("name", "VARCHAR NOT NULL", "Supplier (vendor) company name"),
                    new Column("country", "VARCHAR NOT NULL", "Country where the supplier is based, written in full"),
                    new Column("contact_email", "VARCHAR", "Supplier contact e-mail address; may be missing"))),
            new Table("products", "Products (items, articles) sold in the shop catalogue", List.of(
                    new Column("product_id", "INTEGER PRIMARY KEY", "Unique product identifier"),
                    new Column("name", "VARCHAR NOT NULL", "Product name, e.g. Compact Wireless Mouse; unique"),
                    new Column("category_id", "INTEGER NOT NULL REFERENCES categories(category_id)",
                            "Category of the product; references categories"),
                    new Column("supplier_id", "INTEGER NOT NULL REFERENCES suppliers(supplier_id)",
                            "Supplier (vendor) of the product; references suppliers"),
                    new Column("sku", "VARCHAR NOT NULL", "Stock keeping unit (article number), unique per product"),
                    new Column("price", "DECIMAL(10,2) NOT NULL", "Current selling price per unit (list price)"),
                    new Column("cost", "DECIMAL(10,2) NOT NULL",
                            "Purchase cost per unit paid to the supplier; price minus cost is the margin (profit)"),
                    new Column("stock_quantity", "INTEGER NOT NULL", "Units currently in stock (inventory); 0 means out of stock"),
                    new Column("is_active", "BOOLEAN NOT NULL", "Whether the product is still sold; false means discontinued"),
                    new Column("created_at", "DATE NOT NULL", "Date the product was added to the catalogue (listed)"))),
            new Table("customers", "Customers (clients, buyers, shoppers) registered with the shop", List.of(
                    new Column("customer_id", "INTEGER PRIMARY KEY", "Unique customer identifier"),
                    new Column("first_name", "VARCHAR NOT NULL", "Customer first (given) name"),
                    new Column("last_name", "VARCHAR NOT NULL", "Customer last (family) name, surname"),
                    new Column("email", "VARCHAR NOT NULL", "Customer e-mail address; unique"),
                    new Column("country", "VARCHAR NOT NULL", "Customer home country written in full, e.g. Germany or United States"),
                    new Column("city", "VARCHAR NOT NULL", "Customer home city"),
                    new Column("segment", "VARCHAR NOT NULL", "Customer segment: consumer, business or vip"),
                    new Column("signup_date", "DATE NOT NULL", "Date the customer registered (signed up, joined)"))),
            new Table("orders", "Customer orders (purchases, sales, checkouts); one row per order", List.of(
                    new Column("order_id", "INTEGER PRIMARY KEY", "Unique order identifier (order number)"),
                    new Column("customer_id", "INTEGER NOT NULL REFERENCES customers(customer_id)",
                            "Customer who placed the order; references customers"),
                    new Column("order_date", "DATE NOT NULL", "Date the order was placed (purchase date)"),
                    new Column("status", "VARCHAR NOT NULL",
                            "Order status: pending, paid, shipped, delivered, cancelled or returned"),
                    new Column("shipping_country", "VARCHAR NOT NULL", "Country the order was shipped to (delivery country)"),
                    new Column("shipping_city", "VARCHAR NOT NULL", "City the order was shipped to (delivery city)"),
                    new Column("shipping_cost", "DECIMAL(10,2) NOT NULL",
                            "Shipping (delivery) fee charged for the order; 0 means free shipping"),
                    new Column("total_amount", "DECIMAL(12,2) NOT NULL",
                            "Order total including shipping (revenue): item lines after discount plus shipping_cost"))),
            new Table("order_items", "Order lines (line items): the products, quantities and prices of each order", List.of(
                    new Column("order_item_id", "INTEGER PRIMARY KEY", "Unique order line identifier"),
                    new Column("order_id", "INTEGER NOT NULL REFERENCES orders(order_id)",
                            "Order the line belongs to; references orders"),
                    new Column("product_id", "INTEGER NOT NULL REFERENCES products(product_id)",
                            "Product ordered; references products"),
                    new Column("quantity", "INTEGER NOT NULL", "Number of units ordered"),
                    new Column("unit_price", "DECIMAL(10,2) NOT NULL", "Price per unit at the time of the order"),
                    new Column("discount", "DECIMAL(10,2) NOT NULL",
                            "Discount amount for the whole line, not per unit; line revenue is quantity * unit_price - discount"))),
            new Table("payments", "Payments (transactions) for orders, including failed attempts and refunds", List.of(
                    new Column("payment_id", "INTEGER PRIMARY KEY", "Unique payment identifier"),
                    new Column("order_id", "INTEGER NOT NULL REFERENCES orders(order_id)", "Order being paid; references orders"),
                    new Column("payment_date", "DATE NOT NULL", "Date of the payment (attempt)"),
                    new Column("method", "VARCHAR NOT NULL", "Payment method: credit_card, paypal, bank_transfer or gift_card"),
                    new Column("amount", "DECIMAL(12,2) NOT NULL", "Amount charged (paid), equal to the order total"),
                    new Column("status", "VARCHAR NOT NULL",
                            "Payment status: completed, refunded (order returned) or failed"))),
            new Table("reviews", "Product reviews (ratings, feedback) written by customers", List.of(
                    new Column("review_id", "INTEGER PRIMARY KEY", "Unique review identifier"),
                    new Column("product_id", "INTEGER NOT NULL REFERENCES products(product_id)", "Reviewed product; references products"),
                    new Column("customer_id", "INTEGER NOT NULL REFERENCES customers(customer_id)",
                            "Customer who wrote the review; references customers"),
                    new Column("rating", "INTEGER NOT NULL", "Star rating (score) from 1 (worst) to 5 (best)"),
                    new Column("title", "VARCHAR", "Short review headline; may be missing"),
                    new Column("review_date", "DATE NOT NULL", "Date the review was written"))));

    // ---------------------------------------------------------------- reference data

    private record CategorySpec(String name, String description, String skuPrefix, List<String> variants,
                                List<String> items, List<String> suppliers) {
    }

    /** Items are "base name:lowest price:highest price"; suppliers are "name:country". */
    private static final List<CategorySpec> CATEGORIES = List.of(
            new CategorySpec("Electronics", "Computers, audio, storage and accessories", "ELE",
                    List.of("Compact", "Pro", "Premium"),
                    List.of("Wireless Mouse:15:60", "Mechanical Keyboard:50:180", "Bluetooth Speaker:30:200",
                            "Noise-Cancelling Headphones:80:400", "4K Monitor:250:900", "Portable SSD:60:250", "Laptop:600:1999"),
                    List.of("Shenzhen Bright Electronics Co.:China", "Pacific Audio Components:Taiwan",
                            "Tokyo Digital Devices K.K.:Japan")),
            new CategorySpec("Books", "Printed books across genres", "BOO",
                    List.of("Paperback", "Hardcover", "Illustrated"),
                    List.of("Mystery Novel:8:20", "Science Fiction Novel:8:22", "Cookbook:15:40", "Travel Guide:12:30",
                            "History of Rome:15:35", "Children's Picture Book:6:18", "Programming Handbook:25:60"),
                    List.of("Global Books Distribution:United Kingdom", "Hanseatic Verlag Logistik:Germany")),
            new CategorySpec("Clothing", "Apparel, outerwear and accessories for all ages", "CLO",
                    List.of("Men's", "Women's", "Kids'"),
                    List.of("Running Jacket:40:150", "Cotton T-Shirt:8:30", "Denim Jeans:30:90", "Wool Sweater:35:120",
                            "Rain Boots:25:80", "Winter Parka:90:300", "Baseball Cap:10:30"),
                    List.of("Atelier Textile Lyon:France", "Bharat Garments Pvt Ltd:India", "Saigon Apparel Co.:Vietnam")),
            new CategorySpec("Home & Kitchen", "Cookware, appliances and kitchen tools", "HOM",
                    List.of("Classic", "Deluxe", "Compact"),
                    List.of("Stainless Steel Kettle:20:80", "Cast Iron Skillet:20:70", "Chef's Knife:25:150",
                            "Coffee Grinder:25:120", "Blender:40:250", "Non-Stick Frying Pan:15:60", "Espresso Machine:120:900"),
                    List.of("Nordic Home Goods AB:Sweden", "Rheinland Küchentechnik GmbH:Germany",
                            "Lisbon Home & Living Lda:Portugal", "Cascade Kitchenware LLC:United States")),
            new CategorySpec("Sports & Outdoors", "Fitness, camping and outdoor equipment", "SPO",
                    List.of("Lightweight", "Standard", "Pro"),
                    List.of("Yoga Mat:15:60", "Camping Tent:60:400", "Hiking Backpack:40:180", "Bike Helmet:30:150",
                            "Adjustable Dumbbell Set:80:400", "Tennis Racket:30:220", "Sleeping Bag:35:200"),
                    List.of("Summit Outdoor Gear Inc.:United States", "Alpine Sports AG:Switzerland")),
            new CategorySpec("Toys & Games", "Toys, puzzles and games for children and families", "TOY",
                    List.of("Junior", "Classic", "Deluxe"),
                    List.of("Building Blocks Set:15:120", "Jigsaw Puzzle:8:30", "Board Game:15:60", "Remote Control Car:25:150",
                            "Plush Teddy Bear:10:40", "Wooden Train Set:25:110", "Card Game:5:20"),
                    List.of("Maple Leaf Toys Ltd:Canada", "Kyoto Craft Games:Japan")),
            new CategorySpec("Beauty", "Skin care, hair care, make-up and fragrances", "BEA",
                    List.of("Travel-Size", "Everyday", "Luxury"),
                    List.of("Face Moisturizer:8:60", "Shampoo:4:25", "Lipstick:6:40", "Hair Dryer:25:180", "Perfume:30:150",
                            "Sunscreen SPF 50:8:30", "Nail Polish Set:6:30"),
                    List.of("Seoul Beauty Labs:South Korea", "Provence Cosmetiques SARL:France")),
            new CategorySpec("Garden", "Garden tools, watering and outdoor decoration", "GAR",
                    List.of("Small", "Standard", "Heavy-Duty"),
                    List.of("Garden Hose:15:70", "Pruning Shears:10:50", "Lawn Mower:150:700", "Raised Garden Bed:40:200",
                            "Watering Can:8:35", "Bird Feeder:10:50", "Outdoor String Lights:15:60"),
                    List.of("GreenThumb Garden Supply:United Kingdom", "Hollandia Tuinartikelen BV:Netherlands")),
            new CategorySpec("Grocery", "Pantry food and drinks", "GRO",
                    List.of("Organic", "Classic", "Family-Size"),
                    List.of("Extra Virgin Olive Oil:6:25", "Ground Coffee:5:20", "Green Tea:3:12", "Dark Chocolate Bar:1:5",
                            "Basmati Rice:2:12", "Maple Syrup:5:20", "Mixed Nuts:4:18"),
                    List.of("Mediterraneo Foods S.p.A.:Italy", "Andes Coffee Traders:Colombia", "Iberia Gourmet S.L.:Spain",
                            "Distribuidora Paulista Ltda:Brazil")),
            new CategorySpec("Office Supplies", "Stationery, office furniture and equipment", "OFF",
                    List.of("Basic", "Standard", "Executive"),
                    List.of("Ballpoint Pens:2:15", "Spiral Notebook:2:12", "Desk Organizer:10:45",
                            "Ergonomic Office Chair:120:700", "Stapler:5:30", "Whiteboard:20:120", "Paper Shredder:40:250"),
                    List.of("Paperworks Office Supply:United States", "Vistula Office Sp. z o.o.:Poland")),
            new CategorySpec("Pet Supplies", "Food, toys and accessories for pets", "PET",
                    List.of("Small", "Medium", "Large"),
                    List.of("Dry Dog Food:15:80", "Cat Scratching Post:20:90", "Pet Bed:20:120", "Dog Leash:8:35",
                            "Cat Litter:8:30", "Aquarium Filter:15:90", "Chew Toy:3:15"),
                    List.of("Happy Paws Pet Products:Australia", "Danube Pet Care GmbH:Austria")),
            new CategorySpec("Automotive", "Car accessories, care and tools", "AUT",
                    List.of("Standard", "Premium", "Heavy-Duty"),
                    List.of("Car Phone Mount:10:40", "Dash Cam:40:250", "Tire Inflator:25:100", "Jump Starter:50:180",
                            "Car Wax:8:30", "Floor Mats:20:90", "Seat Covers:25:120"),
                    List.of("Motorline Autoteile GmbH:Germany", "Detroit Car Care Co.:United States")));

    private record CountrySpec(String name, int weight, List<String> cities, List<String> firstNames, List<String> lastNames) {
    }

    private static final List<CountrySpec> COUNTRIES = List.of(
            country("United States", 20, "New York, Los Angeles, Chicago, Houston, Seattle, Boston, Denver, Atlanta",
                    "James, Mary, Michael, Jennifer, David, Linda, Robert, Jessica, Daniel, Ashley, Christopher, Emily",
                    "Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Wilson, Anderson, Taylor, Moore"),
            country("United Kingdom", 10, "London, Manchester, Birmingham, Leeds, Glasgow, Bristol, Liverpool, Edinburgh",
                    "Oliver, Amelia, Harry, Olivia, George, Isla, Jack, Emily, Charlie, Sophie, Thomas, Grace",
                    "Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts, Walker, Wright, Hughes"),
            country("Germany", 12, "Berlin, Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Düsseldorf, Leipzig",
                    "Lukas, Anna, Leon, Hannah, Felix, Lea, Jonas, Laura, Maximilian, Julia, Paul, Sophie",
                    "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter"),
            country("France", 9, "Paris, Lyon, Marseille, Toulouse, Nice, Nantes, Bordeaux, Lille",
                    "Louis, Camille, Gabriel, Léa, Hugo, Chloé, Arthur, Manon, Jules, Inès, Lucas, Emma",
                    "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent"),
            country("Spain", 6, "Madrid, Barcelona, Valencia, Seville, Bilbao, Málaga, Zaragoza",
                    "Hugo, Lucía, Martín, Sofía, Pablo, María, Alejandro, Paula, Daniel, Carmen, Javier, Elena",
                    "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Díaz, Ruiz, Moreno"),
            country("Italy", 6, "Rome, Milan, Naples, Turin, Florence, Bologna, Venice, Palermo",
                    "Francesco, Giulia, Alessandro, Sofia, Lorenzo, Aurora, Matteo, Chiara, Leonardo, Francesca, Marco, Giorgia",
                    "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Conti"),
            country("Netherlands", 5, "Amsterdam, Rotterdam, The Hague, Utrecht, Eindhoven, Groningen",
                    "Daan, Emma, Sem, Julia, Lucas, Tess, Finn, Sophie, Milan, Anna, Bram, Sanne",
                    "de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, Bos"),
            country("Canada", 6, "Toronto, Vancouver, Montreal, Calgary, Ottawa, Edmonton, Winnipeg",
                    "Liam, Olivia, Noah, Charlotte, William, Ava, Benjamin, Chloé, Ethan, Maya, Nathan, Léa",
                    "Tremblay, Martin, Roy, Smith, Brown, Wilson, MacDonald, Gagnon, Campbell, Lee, Taylor, Anderson"),
            country("Australia", 5, "Sydney, Melbourne, Brisbane, Perth, Adelaide, Canberra, Hobart",
                    "Jack, Charlotte, William, Olivia, Noah, Mia, Thomas, Isla, Lachlan, Ruby, Cooper, Zoe",
                    "Smith, Jones, Williams, Brown, Wilson, Taylor, Nguyen, Johnson, Martin, White, Kelly, Ryan"),
            country("Japan", 4, "Tokyo, Osaka, Yokohama, Nagoya, Sapporo, Fukuoka, Kyoto",
                    "Haruto, Yui, Sota, Hina, Ren, Sakura, Yuto, Aoi, Hiroshi, Yuki, Kenji, Akiko",
                    "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada"),
            country("Brazil", 4, "São Paulo, Rio de Janeiro, Brasília, Salvador, Belo Horizonte, Curitiba, Porto Alegre, Recife",
                    "Miguel, Alice, Arthur, Helena, Davi, Laura, Gabriel, Valentina, Pedro, Beatriz, João, Mariana",
                    "Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro"),
            country("Sweden", 3, "Stockholm, Gothenburg, Malmö, Uppsala, Västerås, Örebro",
                    "Erik, Alice, Lars, Maja, Oscar, Elsa, William, Astrid, Hugo, Ebba, Anders, Ingrid",
                    "Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Lindberg, Lindqvist"),
            country("Poland", 4, "Warsaw, Kraków, Wrocław, Gdańsk, Poznań, Łódź",
                    "Jakub, Zuzanna, Jan, Julia, Antoni, Maja, Szymon, Zofia, Filip, Hanna, Piotr, Katarzyna",
                    "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski"),
            country("Austria", 3, "Vienna, Graz, Linz, Salzburg, Innsbruck, Klagenfurt",
                    "Tobias, Anna, David, Lena, Florian, Sarah, Stefan, Katharina, Lukas, Marie, Johannes, Theresa",
                    "Gruber, Huber, Bauer, Wagner, Pichler, Steiner, Moser, Mayer, Hofer, Leitner, Berger, Fuchs"),
            country("Switzerland", 3, "Zurich, Geneva, Basel, Bern, Lausanne, Lucerne, Lugano",
                    "Noah, Mia, Luca, Emma, Leon, Lina, Elias, Sofia, Nico, Alina, Samuel, Lara",
                    "Müller, Meier, Schmid, Keller, Weber, Huber, Schneider, Meyer, Steiner, Fischer, Gerber, Brunner"));

    private static CountrySpec country(String name, int weight, String cities, String firstNames, String lastNames) {
        return new CountrySpec(name, weight, List.of(cities.split(", ")), List.of(firstNames.split(", ")),
                List.of(lastNames.split(", ")));
    }

    private static List<BigDecimal> money(String... amounts) {
        return Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    // ---------------------------------------------------------------- generated model (times are virtual days)

    private record Supplier(int id, String name, String country, String contactEmail) {
    }

    private record Product(int id, String name, int categoryId, int supplierId, String sku, BigDecimal price,
                           BigDecimal cost, int stockQuantity, boolean active, double createdAt, double popularity) {
    }

    private record Customer(int id, String firstName, String lastName, String email, CountrySpec country, String city,
                            String segment, double signupAt) {
    }

    private record Item(Product product, int quantity, BigDecimal unitPrice, BigDecimal discount) {
        BigDecimal lineTotal() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity)).subtract(discount);
        }
    }

    private record Order(int id, Customer customer, double orderedAt, String status, String shippingCountry,
                         String shippingCity, BigDecimal shippingCost, BigDecimal total, List<Item> items) {
    }

    private record Payment(int orderId, double paidAt, String method, BigDecimal amount, String status) {
    }

    private record Review(int productId, int customerId, int rating, String title, double reviewedAt) {
    }

    private record Dataset(List<Supplier> suppliers, List<Product> products, List<Customer> customers,
                           List<Order> orders, List<Payment> payments, List<Review> reviews) {
    }

    /** Draws every value from one seeded stream, in a fixed order, independent of the end date. */
    private static final class Generator {
        private final Random random = new Random(SEED);

        Dataset generate() {
            List<Supplier> suppliers = suppliers();
            List<Product> products = products();
            List<Customer> customers = customers();
            List<Order> orders = orders(customers, products);
            return new Dataset(suppliers, products, customers, orders, payments(orders), reviews(orders));
        }

        private List<Supplier> suppliers() {
            List<Supplier> suppliers = new ArrayList<>();
            for (CategorySpec category : CATEGORIES) {
                for (String spec : category.suppliers()) {
                    String[] parts = spec.split(":");
                    String email = random.nextDouble() < 0.1 ? null : supplierEmail(parts[0]);
                    suppliers.add(new Supplier(suppliers.size() + 1, parts[0], parts[1], email));
                }
            }
            return suppliers;
        }

        /** E.g. "Nordic Home Goods AB" becomes sales@nordichome.com. */
        private static String supplierEmail(String name) {
            String[] words = name.split(" ");
            return "sales@" + slug(words[0] + words[1]) + ".com";
        }

        private List<Product> products() {
            List<Product> products = new ArrayList<>();
            int firstSupplierOfCategory = 1;
            for (int c = 0; c < CATEGORIES.size(); c++) {
                CategorySpec category = CATEGORIES.get(c);
                for (String item : category.items()) {
                    String[] parts = item.split(":");
                    for (int v = 0; v < category.variants().size(); v++) {
                        int supplierId = firstSupplierOfCategory + random.nextInt(category.suppliers().size());
                        products.add(product(products.size() + 1, category, c + 1, supplierId,
                                category.variants().get(v) + " " + parts[0],
                                uniform(Double.parseDouble(parts[1]), Double.parseDouble(parts[2])) * VARIANT_PRICE_FACTORS[v]));
                    }
                }
                firstSupplierOfCategory += category.suppliers().size();
            }
            return products;
        }

        private Product product(int id, CategorySpec category, int categoryId, int supplierId, String name, double rawPrice) {
            BigDecimal price = retailPrice(rawPrice);
            BigDecimal cost = price.multiply(BigDecimal.valueOf(uniform(0.45, 0.75))).setScale(2, RoundingMode.HALF_UP);
            boolean active = random.nextDouble() >= 0.08;
            int stock = !active || random.nextDouble() < 0.05 ? 0 : 5 + random.nextInt(495);
            // Most of the catalogue predates the window (negative virtual days); the rest is added during the first year.
            double createdAt = random.nextDouble() < 0.75 ? -uniform(1, 700) : uniform(0, 365);
            // StrictMath, unlike Math, gives bit-identical results on every JVM and CPU, which keeps the data reproducible.
            double popularity = StrictMath.exp(random.nextGaussian() * 0.8) * (active ? 1 : 0.3);
            String sku = category.skuPrefix() + "-" + (10_000 + id * 37);
            return new Product(id, name, categoryId, supplierId, sku, price, cost, stock, active, createdAt, popularity);
        }

        private List<Customer> customers() {
            double[] signups = new double[CUSTOMER_COUNT];
            for (int i = 0; i < CUSTOMER_COUNT; i++) {
                signups[i] = i < LAUNCH_CUSTOMER_COUNT ? uniform(0, 14) : growingTime();
            }
            Arrays.sort(signups);
            Set<String> emails = new HashSet<>();
            List<Customer> customers = new ArrayList<>();
            for (double signupAt : signups) {
                customers.add(customer(customers.size() + 1, signupAt, emails));
            }
            return customers;
        }

        private Customer customer(int id, double signupAt, Set<String> emails) {
            CountrySpec country = weightedCountry();
            String firstName = pick(country.firstNames());
            String lastName = pick(country.lastNames());
            String segment = pick(List.of("consumer", "business", "vip"), 80, 15, 5);
            String email = uniqueEmail(slug(firstName) + "." + slug(lastName), pick(EMAIL_DOMAINS), emails);
            return new Customer(id, firstName, lastName, email, country, pick(country.cities()), segment, signupAt);
        }

        private String uniqueEmail(String localPart, String domain, Set<String> taken) {
            String email = localPart + "@" + domain;
            for (int n = 2; !taken.add(email); n++) {
                email = localPart + n + "@" + domain;
            }
            return email;
        }

        private List<Order> orders(List<Customer> customers, List<Product> products) {
            double[] signups = customers.stream().mapToDouble(Customer::signupAt).toArray();
            double[] times = new double[ORDER_COUNT];
            for (int i = 0; i < ORDER_COUNT; i++) {
                do {
                    times[i] = growingTime();
                } while (times[i] < signups[0]);
            }
            Arrays.sort(times);
            double[] popularity = cumulativePopularity(products);
            List<Order> orders = new ArrayList<>();
            for (double orderedAt : times) {
                Customer customer = activeCustomer(customers, signups, orderedAt);
                orders.add(order(orders.size() + 1, customer, orderedAt, products, popularity));
            }
            return orders;
        }

        private Customer activeCustomer(List<Customer> customers, double[] signups, double orderedAt) {
            int signedUp = countAtOrBefore(signups, orderedAt);
            while (true) {
                Customer candidate = customers.get(random.nextInt(signedUp));
                double activity = switch (candidate.segment()) {
                    case "vip" -> 1.0;
                    case "business" -> 0.8;
                    default -> 0.5;
                };
                if (random.nextDouble() < activity) {
                    return candidate;
                }
            }
        }

        private Order order(int id, Customer customer, double orderedAt, List<Product> products, double[] popularity) {
            String status = status(VIRTUAL_DAYS - orderedAt);
            CountrySpec shippingCountry = customer.country();
            String shippingCity = customer.city();
            double destination = random.nextDouble();
            if (destination < 0.05) {
                shippingCountry = weightedCountry();
                shippingCity = pick(shippingCountry.cities());
            } else if (destination < 0.12) {
                shippingCity = pick(shippingCountry.cities());
            }
            List<Item> items = items(orderedAt, products, popularity);
            BigDecimal subtotal = items.stream().map(Item::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal shipping = shippingCountry != customer.country() ? INTERNATIONAL_SHIPPING
                    : subtotal.compareTo(FREE_SHIPPING_FROM) >= 0 ? new BigDecimal("0.00") : pick(DOMESTIC_SHIPPING);
            return new Order(id, customer, orderedAt, status, shippingCountry.name(), shippingCity, shipping,
                    subtotal.add(shipping), items);
        }

        /** Recent orders are still in progress; older ones are mostly delivered. */
        private String status(double ageInDays) {
            List<String> statuses = List.of("pending", "paid", "shipped", "delivered", "cancelled", "returned");
            if (ageInDays < 2) {
                return pick(statuses, 40, 35, 20, 0, 5, 0);
            }
            if (ageInDays < 7) {
                return pick(statuses, 4, 15, 55, 21, 5, 0);
            }
            if (ageInDays < 30) {
                return pick(statuses, 0, 0, 5, 84, 5, 6);
            }
            return pick(statuses, 0, 0, 0, 87, 6, 7);
        }

        private List<Item> items(double orderedAt, List<Product> products, double[] popularity) {
            int count = pick(List.of(1, 2, 3, 4, 5), 25, 30, 22, 14, 9);
            Set<Product> chosen = new HashSet<>();
            List<Item> items = new ArrayList<>();
            while (items.size() < count) {
                Product product = products.get(weightedIndex(popularity));
                if (product.createdAt() <= orderedAt && chosen.add(product)) {
                    items.add(item(product));
                }
            }
            return items;
        }

        private Item item(Product product) {
            int quantity = pick(List.of(1, 2, 3, 4), 70, 20, 7, 3);
            // Some orders were placed before the latest price change.
            BigDecimal unitPrice = random.nextDouble() < 0.15
                    ? retailPrice(product.price().doubleValue() * uniform(0.85, 0.97)) : product.price();
            BigDecimal discount = new BigDecimal("0.00");
            if (random.nextDouble() < 0.2) {
                BigDecimal rate = pick(money("0.05", "0.10", "0.15", "0.20"));
                discount = unitPrice.multiply(BigDecimal.valueOf(quantity)).multiply(rate).setScale(2, RoundingMode.HALF_UP);
            }
            return new Item(product, quantity, unitPrice, discount);
        }

        private List<Payment> payments(List<Order> orders) {
            List<Payment> payments = new ArrayList<>();
            for (Order order : orders) {
                if (order.status().equals("pending") || order.status().equals("cancelled")) {
                    continue;
                }
                String method = pick(PAYMENT_METHODS, 55, 25, 12, 8);
                if (random.nextDouble() < 0.02) {
                    payments.add(new Payment(order.id(), order.orderedAt(), pick(PAYMENT_METHODS), order.total(), "failed"));
                }
                double delay = method.equals("bank_transfer") ? uniform(1, 3) : uniform(0, 0.3);
                String status = order.status().equals("returned") ? "refunded" : "completed";
                payments.add(new Payment(order.id(), order.orderedAt() + delay, method, order.total(), status));
            }
            return payments;
        }

        private List<Review> reviews(List<Order> orders) {
            List<Order> reviewable = orders.stream()
                    .filter(o -> (o.status().equals("delivered") || o.status().equals("returned"))
                            && VIRTUAL_DAYS - o.orderedAt() >= 5)
                    .toList();
            Set<String> reviewedPairs = new HashSet<>();
            List<Review> reviews = new ArrayList<>();
            while (reviews.size() < REVIEW_COUNT) {
                Order order = pick(reviewable);
                Item item = pick(order.items());
                if (reviewedPairs.add(order.customer().id() + "/" + item.product().id())) {
                    reviews.add(review(order, item));
                }
            }
            reviews.sort(Comparator.comparingDouble(Review::reviewedAt));
            return reviews;
        }

        private Review review(Order order, Item item) {
            int rating = order.status().equals("returned")
                    ? pick(List.of(1, 2, 3, 4, 5), 35, 30, 20, 10, 5)
                    : pick(List.of(1, 2, 3, 4, 5), 5, 6, 12, 32, 45);
            String title = random.nextDouble() < 0.1 ? null : pick(REVIEW_TITLES.get(rating - 1));
            double reviewedAt = order.orderedAt() + uniform(2, Math.min(40, VIRTUAL_DAYS - order.orderedAt()));
            return new Review(item.product().id(), order.customer().id(), rating, title, reviewedAt);
        }

        /** A time in [0, VIRTUAL_DAYS) whose density grows linearly, by inverting the cumulative distribution. */
        private double growingTime() {
            double u = random.nextDouble();
            return VIRTUAL_DAYS * (StrictMath.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2)) - 1) / GROWTH;
        }

        private CountrySpec weightedCountry() {
            return pick(COUNTRIES, COUNTRIES.stream().mapToInt(CountrySpec::weight).toArray());
        }

        private double[] cumulativePopularity(List<Product> products) {
            double[] cumulative = new double[products.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += products.get(i).popularity();
                cumulative[i] = sum;
            }
            return cumulative;
        }

        private int weightedIndex(double[] cumulative) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, target);
            return index >= 0 ? index : -index - 1;
        }

        private <T> T pick(List<T> values, int... weights) {
            double[] cumulative = new double[weights.length];
            for (int i = 0; i < weights.length; i++) {
                cumulative[i] = weights[i] + (i == 0 ? 0 : cumulative[i - 1]);
            }
            return values.get(weightedIndex(cumulative));
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private double uniform(double from, double to) {
            return from + random.nextDouble() * (to - from);
        }
    }

    private static int countAtOrBefore(double[] sorted, double value) {
        int index = Arrays.binarySearch(sorted, value);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** Rounds to a ".99" shop price within the allowed price range. */
    private static BigDecimal retailPrice(double raw) {
        BigDecimal price = BigDecimal.valueOf(Math.floor(raw)).add(new BigDecimal("0.99")).setScale(2, RoundingMode.UNNECESSARY);
        return price.max(MIN_PRICE).min(MAX_PRICE);
    }

    private static String slug(String text) {
        String withoutAccents = Normalizer.normalize(text.replace("ł", "l").replace("Ł", "L"), Normalizer.Form.NFD);
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    // ---------------------------------------------------------------- calendar

    /**
     * Maps virtual days onto the calendar window of two years ending at the end date. Days in November and
     * December get a larger share of virtual time (a seasonal peak), quiet January and February a smaller one.
     */
    private static final class Timeline {
        private final LocalDate start;
        private final LocalDate end;
        /** cumulative[i] is the virtual time at which calendar day i of the window begins. */
        private final double[] cumulative;

        Timeline(LocalDate endDate) {
            end = endDate;
            start = endDate.minusYears(2).plusDays(1);
            int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
            double totalWeight = 0;
            for (int i = 0; i < days; i++) {
                totalWeight += seasonalWeight(start.plusDays(i));
            }
            cumulative = new double[days + 1];
            for (int i = 0; i < days; i++) {
                cumulative[i + 1] = cumulative[i] + seasonalWeight(start.plusDays(i)) * VIRTUAL_DAYS / totalWeight;
            }
        }

        private static double seasonalWeight(LocalDate day) {
            Month month = day.getMonth();
            return switch (month) {
                case NOVEMBER -> 1.5;
                case DECEMBER -> 1.9;
                case JANUARY, FEBRUARY -> 0.85;
                default -> 1.0;
            };
        }

        LocalDate dateAt(double virtualDay) {
            if (virtualDay < 0) {
                return start.plusDays((long) Math.floor(virtualDay));
            }
            int day = countAtOrBefore(cumulative, virtualDay) - 1;
            return day >= cumulative.length - 1 ? end : start.plusDays(day);
        }
    }

    // ---------------------------------------------------------------- writing

    private static void write(Path file, Dataset data, Timeline timeline) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            // Small blocks keep the file small: every table and index occupies at least one block (256 KiB by default).
            statement.execute("ATTACH " + quote(file.toString()) + " AS sample (BLOCK_SIZE " + BLOCK_SIZE + ")");
            statement.execute("USE sample");
            createSchema(statement);
            DuckDBConnection duckdb = connection.unwrap(DuckDBConnection.class);
            appendCategories(duckdb);
            appendSuppliers(duckdb, data.suppliers());
            appendProducts(duckdb, data.products(), timeline);
            appendCustomers(duckdb, data.customers(), timeline);
            appendOrders(duckdb, data.orders(), timeline);
            appendOrderItems(duckdb, data.orders());
            appendPayments(duckdb, data.payments(), timeline);
            appendReviews(duckdb, data.reviews(), timeline);
            statement.execute("CHECKPOINT");
            statement.execute("USE memory");
            statement.execute("DETACH sample");
        }
    }

    private static void createSchema(Statement statement) throws SQLException {
        for (Table table : SCHEMA) {
            String columns = table.columns().stream().map(c -> c.name() + " " + c.definition()).collect(Collectors.joining(", "));
            statement.execute("CREATE TABLE " + table.name() + " (" + columns + ")");
            statement.execute("COMMENT ON TABLE " + table.name() + " IS " + quote(table.comment()));
            for (Column column : table.columns()) {
                statement.execute("COMMENT ON COLUMN " + table.name() + "." + column.name() + " IS " + quote(column.comment()));
            }
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void appendCategories(DuckDBConnection connection) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("categories")) {
            for (int i = 0; i < CATEGORIES.size(); i++) {
                CategorySpec category = CATEGORIES.get(i);
                appender.beginRow().append(i + 1).append(category.name()).append(category.description()).endRow();
            }
        }
    }

    private static void appendSuppliers(DuckDBConnection connection, List<Supplier> suppliers) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("suppliers")) {
            for (Supplier s : suppliers) {
                appender.beginRow().append(s.id()).append(s.name()).append(s.country()).append(s.contactEmail()).endRow();
            }
        }
    }

    private static void appendProducts(DuckDBConnection connection, List<Product> products, Timeline timeline)
            throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("products")) {
            for (Product p : products) {
                appender.beginRow().append(p.id()).append(p.name()).append(p.categoryId()).append(p.supplierId())
                        .append(p.sku()).append(p.price()).append(p.cost()).append(p.stockQuantity()).append(p.active())
                        .append(timeline.dateAt(p.createdAt())).endRow();
            }
        }
    }

    private static void appendCustomers(DuckDBConnection connection, List<Customer> customers, Timeline timeline)
            throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("customers")) {
            for (Customer c : customers) {
                appender.beginRow().append(c.id()).append(c.firstName()).append(c.lastName()).append(c.email())
                        .append(c.country().name()).append(c.city()).append(c.segment())
                        .append(timeline.dateAt(c.signupAt())).endRow();
            }
        }
    }

    private static void appendOrders(DuckDBConnection connection, List<Order> orders, Timeline timeline)
            throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("orders")) {
            for (Order o : orders) {
                appender.beginRow().append(o.id()).append(o.customer().id()).append(timeline.dateAt(o.orderedAt()))
                        .append(o.status()).append(o.shippingCountry()).append(o.shippingCity())
                        .append(o.shippingCost()).append(o.total()).endRow();
            }
        }
    }

    private static void appendOrderItems(DuckDBConnection connection, List<Order> orders) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("order_items")) {
            int id = 1;
            for (Order o : orders) {
                for (Item item : o.items()) {
                    appender.beginRow().append(id++).append(o.id()).append(item.product().id()).append(item.quantity())
                            .append(item.unitPrice()).append(item.discount()).endRow();
                }
            }
        }
    }

    private static void appendPayments(DuckDBConnection connection, List<Payment> payments, Timeline timeline)
            throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("payments")) {
            int id = 1;
            for (Payment p : payments) {
                appender.beginRow().append(id++).append(p.orderId()).append(timeline.dateAt(p.paidAt()))
                        .append(p.method()).append(p.amount()).append(p.status()).endRow();
            }
        }
    }

    private static void appendReviews(DuckDBConnection connection, List<Review> reviews, Timeline timeline)
            throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("reviews")) {
            int id = 1;
            for (Review r : reviews) {
                appender.beginRow().append(id++).append(r.productId()).append(r.customerId()).append(r.rating())
                        .append(r.title()).append(timeline.dateAt(r.reviewedAt())).endRow();
            }
        }
    }
}
