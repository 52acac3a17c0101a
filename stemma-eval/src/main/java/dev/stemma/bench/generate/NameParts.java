package dev.stemma.bench.generate;

/**
 * The parts that synthetic names are made of. Surnames, places and organisations are built from
 * syllables and suffixes so that the supply is large (tens of thousands of surnames, thousands of
 * places): independent stories rarely share a name by accident, as in real news, where they share
 * only the famous ones. Given names are a fixed list of common names from several languages.
 */
final class NameParts {

  private NameParts() {}

  static final String[] GIVEN = {
    "Aaron", "Abel", "Ada", "Adrian", "Agnes", "Ahmed", "Aisha", "Alan", "Alice", "Amara", "Amir",
    "Ana", "Andrea", "Anika", "Anna", "Anton", "Arjun", "Astrid", "Ben", "Bianca", "Boris", "Carla",
    "Carlos", "Chen", "Chloe", "Clara", "Colin", "Dana", "Daniel", "Daria", "David", "Diego",
    "Dina", "Elena", "Eli", "Elif", "Emil", "Emma", "Erik", "Esther", "Fatima", "Felix", "Fiona",
    "Frank", "Gabriel", "Grace", "Greta", "Hana", "Hannah", "Hassan", "Helen", "Henrik", "Hugo",
    "Ian", "Ibrahim", "Ines", "Irina", "Isaac", "Ivan", "Jacob", "James", "Jana", "Javier", "Jonas",
    "Julia", "Karim", "Karin", "Kenji", "Kofi", "Laila", "Lars", "Laura", "Leo", "Lina", "Lucas",
    "Lucia", "Luis", "Maya", "Mara", "Marco", "Maria", "Mark", "Marta", "Martin", "Mateo", "Mei",
    "Miguel", "Mina", "Nadia", "Naomi", "Nora", "Oscar", "Olga", "Omar", "Pablo", "Paula", "Peter",
    "Priya", "Rafael", "Rania", "Rosa", "Ruth", "Sam", "Samuel", "Sara", "Sergei", "Simon", "Sofia",
    "Stefan", "Tariq", "Teresa", "Thomas", "Tom", "Uma", "Vera", "Victor", "Wei", "Yara", "Yusuf",
    "Zara", "Zoe"
  };

  static final String[] SURNAME_START = {
    "Al", "Bar", "Bel", "Bran", "Cal", "Cor", "Dal", "Dor", "El", "Fal", "Fen", "Gal", "Gar", "Hal",
    "Har", "Ing", "Jar", "Kal", "Ker", "Kos", "Lan", "Lin", "Mal", "Mar", "Mor", "Nal", "Nor", "Os",
    "Pal", "Pel", "Quin", "Ral", "Ros", "Sal", "Sar", "Tal", "Tor", "Ul", "Val", "Var", "Wal",
        "Wen",
    "Yar", "Zel", "Brad", "Crest", "Drum", "Fair", "Grim", "Hest", "Lock", "Merr", "Penn", "Strat"
  };

  static final String[] SURNAME_MIDDLE = {
    "", "", "", "a", "e", "i", "o", "en", "ar", "er", "in", "am"
  };

  static final String[] SURNAME_END = {
    "ton", "ley", "man", "son", "ford", "er", "ova", "ini", "ez", "ard", "well", "ick", "berg",
    "stein", "ovic", "sky", "ani", "etti", "ham", "wood", "ade", "osa", "ek", "ich", "mond", "vik",
    "sen", "ura", "elli", "dale"
  };

  static final String[] PLACE_PREFIX = {
    "", "", "", "", "", "North ", "South ", "East ", "West ", "New ", "Port ", "Fort ", "Lake ",
    "Mount ", "Upper ", "Lower "
  };

  static final String[] PLACE_STEM = {
    "Ash", "Bram", "Brook", "Cedar", "Dun", "Elm", "Fair", "Glen", "Haw", "Ivy", "Ken", "Lin",
    "Marl", "Oak", "Red", "Stan", "Wel", "Thorn", "Wick", "Ald", "Bex", "Carr", "Dray", "Eld",
    "Fern", "Gran", "Holm", "Kirk", "Lark", "Mere", "Nether", "Orm", "Pike", "Raven", "Sel", "Tam",
    "Ulver", "Vale", "Whit", "York", "Zan", "Calder", "Dorn", "Esk", "Farn", "Garr", "Hollow",
        "Ister"
  };

  static final String[] PLACE_END = {
    "ford", "field", "ton", "bury", "ham", "wick", "ridge", "dale", "mouth", "port", "ville",
    "minster", "stead", "haven", "moor", "burgh", "by", "thorpe", "wood", "crest"
  };

  static final String[] ORG_KIND = {
    "Holdings", "Group", "Bank", "Energy", "Airlines", "Motors", "Pharmaceuticals", "Mining",
    "Telecom", "Foods", "Logistics", "Insurance", "Steel", "Media", "Systems", "Capital"
  };

  static final String[] PUBLIC_BODY = {
    "City Council", "Regional Authority", "Water Board", "Police Department", "University",
    "General Hospital", "Chamber of Commerce", "Transport Agency", "District Court",
        "Port Authority",
    "Teachers Union", "Fire Service", "Health Trust", "Housing Association"
  };

  static final String[] CORP_SUFFIX = {"Corp.", "Inc.", "Ltd.", "plc", "AG", "SA"};

  static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  static final String[] WEEKDAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
}
